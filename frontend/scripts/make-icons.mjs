// Draws the app icons (a white check mark on Rotterdam green) as PNGs for the web manifest.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const GREEN = [0x00, 0x4c, 0x31];
const WHITE = [0xff, 0xff, 0xff];

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const png = new PNG({ width: size, height: size });
  const s = size / 100;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const u = x / s;
      const v = y / s;
      const stroke = Math.min(distanceToSegment(u, v, 27, 52, 43, 68), distanceToSegment(u, v, 43, 68, 74, 33));
      const [r, g, b] = stroke < 7 ? WHITE : GREEN;
      const index = (y * size + x) * 4;
      png.data[index] = r;
      png.data[index + 1] = g;
      png.data[index + 2] = b;
      png.data[index + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

for (const size of [192, 512]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));
console.log('icons written to public/icons');
