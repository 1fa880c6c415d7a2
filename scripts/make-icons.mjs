// `node scripts/make-icons.mjs`: draws Sourcelight's icon at 16, 32, 48 and 128 px into public/icon/ (WXT
// lists public/icon/<size>.png as the manifest's icons). The icon is geometry, not a drawing: a rounded
// square in a deep teal, a white opening quotation mark and an amber underline for the highlight. Solid
// colours with a light mark read on light and dark toolbars alike. Each pixel is sampled 8×8 times for
// smooth edges; the PNG is written with Node's zlib, so nothing needs installing. Re-run after changing it;
// the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../public/icon');
const SIZES = [16, 32, 48, 128];
const TEAL = [15, 92, 99];
const WHITE = [255, 255, 255];
const AMBER = [246, 178, 41];

// Shapes in a 0..1 square; each says whether a point is inside.
const roundedSquare = (x, y) => {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
/** One half of an opening quotation mark ("6"): a round head, and a stroke rising from its left side and
 * curving right over it. */
const comma = (cx, cy, r) => (x, y) => {
  const head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // The stroke: the upper-left quarter of a ring centred right of the head.
  const rx = cx + r * 1.1;
  const d = Math.hypot(x - rx, y - cy);
  const stroke = x <= rx && y <= cy && d >= r * 1.25 && d <= r * 2.1;
  return head || stroke;
};
const quoteMark = [comma(0.34, 0.48, 0.11), comma(0.64, 0.48, 0.11)];
const underline = (x, y, size) =>
  x >= 0.2 && x <= 0.8 && (size <= 16 ? y >= 0.69 && y < 0.82 : y >= 0.7 && y <= 0.8);

function colourAt(x, y, size) {
  if (!roundedSquare(x, y)) return null;
  // At 16 px the mark is drawn bolder, so it survives the toolbar's scaling.
  const grow = size <= 16 ? 0.03 : 0;
  const inMark = quoteMark.some((shape) =>
    [
      [0, 0],
      [grow, 0],
      [-grow, 0],
      [0, grow],
      [0, -grow],
    ].some(([ox, oy]) => shape(x + ox, y + oy)),
  );
  if (inMark) return WHITE;
  if (underline(x, y, size)) return AMBER;
  return TEAL;
}

function render(size) {
  const SAMPLES = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      const i = (py * size + px) * 4;
      const covered = sum[3];
      rgba[i] = covered ? Math.round(sum[0] / covered) : 0;
      rgba[i + 1] = covered ? Math.round(sum[1] / covered) : 0;
      rgba[i + 2] = covered ? Math.round(sum[2] / covered) : 0;
      rgba[i + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), png(size, render(size)));
  console.log(`public/icon/${size}.png`);
}
