// Writes the web app's icons (web/public/icons/icon-192.png, icon-512.png, maskable too): Lindung's
// green with a white shield and cross, drawn pixel by pixel into a PNG with node:zlib (no package).
// Run once when the design changes: node scripts/pwa-icons.mjs. The PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const GREEN = [0x0b, 0x4f, 0x3c];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Inside the shield: a rectangle whose lower part narrows to a point. Coordinates in 0..1. */
function inShield(x, y) {
  if (y < 0.2 || y > 0.84 || x < 0.24 || x > 0.76) return false;
  if (y < 0.56) return true;
  const half = 0.26 * (1 - (y - 0.56) / 0.28);
  return Math.abs(x - 0.5) <= half;
}

const inCross = (x, y) => (Math.abs(x - 0.5) < 0.05 && y > 0.3 && y < 0.66) || (Math.abs(y - 0.46) < 0.05 && x > 0.34 && x < 0.66);

function icon(size, safe) {
  // A maskable icon keeps its drawing inside the central 80 %.
  const scale = safe ? 0.8 : 1;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const x = ((px + 0.5) / size - 0.5) / scale + 0.5;
      const y = ((py + 0.5) / size - 0.5) / scale + 0.5;
      const colour = inShield(x, y) && !inCross(x, y) ? WHITE : GREEN;
      row.set(colour, 1 + px * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  writeFileSync(`web/public/icons/icon-${size}.png`, icon(size, false));
  writeFileSync(`web/public/icons/maskable-${size}.png`, icon(size, true));
}
console.log('web/public/icons: icon-192.png, icon-512.png, maskable-192.png, maskable-512.png');
