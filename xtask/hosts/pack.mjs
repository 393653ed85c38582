// `cargo xtask package`'s two jobs that need compression, which Rust's standard library lacks
// and node's zlib has (so xtask stays std + serde_json):
//   node xtask/hosts/pack.mjs compress SITE     beside each file named after its content
//                                               (trunk's `name-<16 hex>.js`, `_bg.wasm`), a
//                                               .gz (level 9) and a .br (quality 11) for hosts
//                                               that send them as they are (nginx gzip_static).
//                                               Only those: they never change in place, so a
//                                               copy can never go stale (a programme.json
//                                               edited on the server would, beside its .gz).
//   node xtask/hosts/pack.mjs zip FOLDER OUT    OUT, a .zip of FOLDER under FOLDER's name
//                                               (deflate, UTF-8 names, Unix modes).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** CRC-32 of the zip format (zlib.crc32 exists only from node 20.15). */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data);
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const [job, folder, out] = process.argv.slice(2);
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

/** Every file and folder under `dir`, relative, folders first in each, in name order. */
function walk(dir, prefix = '') {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix + name;
    return statSync(full).isDirectory() ? [{ rel: `${rel}/`, full, dir: true }, ...walk(full, `${rel}/`)] : [{ rel, full, dir: false }];
  });
}

if (job === 'compress' && folder) {
  const named = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
  for (const { rel, full } of walk(folder).filter((e) => !e.dir && named.test(e.rel))) {
    const body = readFileSync(full);
    const gz = zlib.gzipSync(body, { level: 9 });
    const br = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    writeFileSync(`${full}.gz`, gz);
    writeFileSync(`${full}.br`, br);
    console.log(`    ${rel}: ${kib(body.length)}, gzip ${kib(gz.length)}, brotli ${kib(br.length)}`);
  }
} else if (job === 'zip' && folder && out) {
  writeFileSync(out, zip(folder));
  console.log(`    ${out}: ${kib(statSync(out).size)}`);
} else {
  console.error('usage: node xtask/hosts/pack.mjs compress SITE | zip FOLDER OUT.zip');
  process.exit(2);
}

/** The zip file of `folder`: its entries under `<folder's name>/`. Format: PKWARE APPNOTE
 * 6.3, section 4.3 (local headers, then the central directory, then its end record). */
function zip(folder) {
  const top = `${path.basename(path.resolve(folder))}/`;
  const entries = [{ rel: '', full: folder, dir: true }, ...walk(folder)];
  // The time of the entries, in MS-DOS form (local time, 2-second steps, from 1980).
  const now = new Date();
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(top + entry.rel, 'utf8');
    const data = entry.dir ? Buffer.alloc(0) : readFileSync(entry.full);
    const deflated = entry.dir ? data : zlib.deflateRawSync(data, { level: 9 });
    // Stored when deflate gains nothing (PNG, .gz, .br).
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = crc32(data);
    const mode = entry.dir ? 0o40755 : 0o100644;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra 30, comment 32, disk 34, internal attributes 36: 0
    central.writeUInt32LE(((mode << 16) | (entry.dir ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (offset + directory.length > 0xffffffff || entries.length > 0xffff) throw new Error('the site is too large for a zip without Zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
