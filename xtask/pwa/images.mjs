// Makes the PNG pictures the web app manifest names, from public/icon.svg and from the built
// app (run once after a change of icon or look: `node xtask/pwa/images.mjs` after
// `cargo xtask build`). They are committed: a build does not need Chromium.
// - public/icons/icon-192.png, icon-512.png: the icon as it is;
//   (the icons are written with a palette, png.mjs: a first visit's offline copy holds them);
// - public/icons/maskable-512.png: the icon's drawing inside the 80 % safe zone, on its colour;
// - public/screenshots/programme-narrow.png (390×844) and programme-wide.png (1280×800).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, launch, repo } from '../../tests/e2e/support.mjs';
import { readPng, writePalettePng } from './png.mjs';

const svg = await readFile(path.join(repo, 'public', 'icon.svg'), 'utf8');
await mkdir(path.join(repo, 'public', 'icons'), { recursive: true });
await mkdir(path.join(repo, 'public', 'screenshots'), { recursive: true });
const browser = await launch();
const page = await browser.newPage();
const draw = async (size, body, file) => {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${body}</body></html>`);
  const shot = await page.screenshot({ omitBackground: true });
  await writeFile(path.join(repo, 'public', 'icons', file), writePalettePng(readPng(shot)));
};
const sized = (s) => svg.replace('<svg ', `<svg width="${s}" height="${s}" style="display:block" `);
await draw(192, sized(192), 'icon-192.png');
await draw(512, sized(512), 'icon-512.png');
// Maskable: full-bleed colour, the drawing at 80 % in the middle, no rounded corners.
const inner = svg.replace(/<rect[^>]*\/>/, '').replace('<svg ', '<svg width="410" height="410" style="position:absolute;left:51px;top:51px" ');
await draw(512, `<div style="position:relative;width:512px;height:512px;background:#1d5fa8">${inner}</div>`, 'maskable-512.png');

const server = await startServer();
for (const [name, width, height] of [['programme-narrow', 390, 844], ['programme-wide', 1280, 800]]) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR' });
  const shot = await context.newPage();
  await shot.goto(`${server.origin}/programme?jour=2022-09-28`);
  await shot.locator('.session-card').first().waitFor();
  await shot.screenshot({ path: path.join(repo, 'public', 'screenshots', `${name}.png`) });
  await context.close();
}
await browser.close();
await server.close();
console.log('icons and screenshots written in public/');
