// PNG for the manifest's icons: what Chromium's screenshot wrote (8-bit RGB or RGBA, not
// interlaced) read back to pixels, and written again with a palette of at most 256 colours,
// about half the bytes of the screenshot's own. The icons have 180–390 colours, most of them
// the anti-aliased edge; past 256, the rarest take the nearest colour kept (a distance of at
// most 11 of 441 in RGBA, on a few edge pixels of the 512 px icon).
import zlib from 'node:zlib';

/** `{ width, height, rgba }` of a PNG as Chromium writes it. */
export function readPng(buffer) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos);
    const type = buffer.toString('ascii', pos + 4, pos + 8);
    const body = buffer.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      [width, height, colourType] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9]];
      if (body[8] !== 8 || body[12] !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error('readPng: only 8-bit RGB or RGBA, not interlaced');
      }
    }
    if (type === 'IDAT') data.push(body);
    pos += 12 + length;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = zlib.inflateSync(Buffer.concat(data));
  const rgba = Buffer.alloc(width * height * 4, 255);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = previous[i];
      const c = i >= bpp ? previous[i - bpp] : 0;
      const paeth = () => {
        const [pa, pb, pc] = [Math.abs(b - c), Math.abs(a - c), Math.abs(a + b - 2 * c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predicted = [0, a, b, (a + b) >> 1, filter === 4 ? paeth() : 0][filter];
      line[i] = (line[i] + predicted) & 255;
    }
    for (let x = 0; x < width; x++) line.copy(rgba, (y * width + x) * 4, x * bpp, x * bpp + bpp);
    previous = line;
  }
  return { width, height, rgba };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, body) => {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(body.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc(typed), typed.length + 4);
  return out;
};

/** The same pixels as a PNG with a palette (and its transparency when any pixel has some). */
export function writePalettePng({ width, height, rgba }) {
  const counts = new Map();
  for (let i = 0; i < width * height; i++) {
    const colour = rgba.readUInt32BE(i * 4);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const byUse = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a));
  const kept = byUse.slice(0, 256);
  const parts = (c) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255];
  const index = new Map(kept.map((c, i) => [c, i]));
  for (const colour of byUse.slice(256)) {
    const p = parts(colour);
    let best = 0;
    let bestDistance = Infinity;
    kept.forEach((k, i) => {
      const q = parts(k);
      const distance = p.reduce((sum, v, j) => sum + (v - q[j]) ** 2, 0);
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    index.set(colour, best);
  }
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      raw[y * (width + 1) + 1 + x] = index.get(rgba.readUInt32BE((y * width + x) * 4));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  const opaque = kept.every((c) => (c & 255) === 255);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(kept.flatMap((c) => parts(c).slice(0, 3)))),
    ...(opaque ? [] : [chunk('tRNS', Buffer.from(kept.map((c) => c & 255)))]),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
