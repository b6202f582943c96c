#!/usr/bin/env node
// Renders the SafetyBot Teams icons from their SVG sources with headless Chromium:
//   color.svg   -> ../color.png    192x192, full colour
//   outline.svg -> ../outline.png  32x32, white on transparent
//
//   node deployment/teams/icons/render-icons.mjs
//
// Uses playwright-core from Tests/e2e/node_modules (cd Tests/e2e && npm ci) and Debian's
// /usr/bin/chromium (or CHROMIUM_PATH). The PNGs are committed; run this only after
// changing an SVG. Screenshots are taken with omitBackground, so what the SVG leaves
// unpainted is transparent. The outline icon is then normalised in a canvas so that every
// pixel that is not fully transparent is pure white (anti-aliased edges keep their alpha):
// Teams wants the outline icon white on transparent and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..');
const E2E = path.resolve(HERE, '..', '..', '..', 'Tests', 'e2e');
const require = createRequire(path.join(E2E, 'package.json'));
const { chromium } = require('playwright-core');

const ICONS = [
  { svg: 'color.svg', png: 'color.png', size: 192, whiteOnly: false },
  { svg: 'outline.svg', png: 'outline.png', size: 32, whiteOnly: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  timeout: 30_000,
});
try {
  for (const icon of ICONS) {
    const svg = fs.readFileSync(path.join(HERE, icon.svg), 'utf8');
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`);
    let png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size }, timeout: 15_000 });
    if (icon.whiteOnly) {
      const dataUrl = await page.evaluate(async ({ b64, size }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, size, size);
        for (let i = 0; i < data.data.length; i += 4) {
          if (data.data[i + 3] === 0) {
            data.data[i] = data.data[i + 1] = data.data[i + 2] = 0;
          } else {
            data.data[i] = data.data[i + 1] = data.data[i + 2] = 255;
          }
        }
        ctx.putImageData(data, 0, 0);
        return canvas.toDataURL('image/png');
      }, { b64: png.toString('base64'), size: icon.size });
      png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    }
    fs.writeFileSync(path.join(OUT, icon.png), png);
    console.log(`${icon.png}: ${icon.size}x${icon.size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
