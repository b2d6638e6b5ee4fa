#!/usr/bin/env node
// Draws Backtrack's app icons: the favicon (public/icon.svg) and the PNGs the web app
// manifest and iOS use (public/icons/). One description of the mark below feeds both, so they
// cannot drift apart. Dependency-free: shapes are rasterised here with signed distance fields
// (one pixel of anti-aliasing) and written as PNG with node:zlib.
//
//   node scripts/icons.mjs           writes the files
//   node scripts/icons.mjs --check   exits 1 if a committed file differs from what this
//                                    script draws (run by tests/e2e/pwa.spec.mjs)
//
// Reproducible: the drawing uses only + - * / and sqrt (exact in IEEE 754, so identical on
// every machine). The check compares decoded pixels, not the compressed bytes, so a different
// zlib build cannot make it fail.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { deflateSync, inflateSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Colours from style/main.css: --accent (light scheme) and white.
const TEAL = [0x0b, 0x5d, 0x5a];
const WHITE = [0xff, 0xff, 0xff];

// The mark, on a 64 × 64 grid: a runner's spine as one smooth S-curve, with the head as a
// dot ahead of it (leaning into the run). Kept simple so it still reads at 16 px.
const SPINE = [[25, 10], [22, 22], [36, 27], [32.5, 39], [30.5, 46], [23, 49], [20.5, 55]]; // M + two cubic Béziers
const SPINE_WIDTH = 6;
// The spine is drawn as five vertebrae: equal dashes along the curve. The gaps are measured
// between the round caps, in grid units.
const VERTEBRAE = 5;
const GAP = 2.2;
const HEAD = { cx: 40, cy: 15, r: 6.5 };
const CORNER = 14; // radius of the rounded square (the "any" icons and the favicon)

/** The favicon: the same mark as vector art. */
export function svg() {
  const [m, ...c] = SPINE;
  const pts = (list) => list.map((p) => p.join(' ')).join(' ');
  const { dash, gap, total } = vertebrae();
  const n = (v) => String(Math.round(v * 100) / 100);
  // pathLength makes the dashes independent of how a browser measures the curve.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">`
    + `<rect width="64" height="64" rx="${CORNER}" fill="${hex(TEAL)}"/>`
    + `<path d="M${pts([m])}C${pts(c.slice(0, 3))} ${pts(c.slice(3, 6))}" pathLength="${n(total)}" fill="none" stroke="#fff"`
    + ` stroke-width="${SPINE_WIDTH}" stroke-linecap="round" stroke-dasharray="${n(dash)} ${n(gap)}"/>`
    + `<circle cx="${HEAD.cx}" cy="${HEAD.cy}" r="${HEAD.r}" fill="#fff"/></svg>\n`;
}

/**
 * The PNGs. "any" icons are the rounded square on a transparent ground; "full" icons fill
 * the whole square (maskable icons are cropped by the launcher to a circle or squircle, so
 * the mark is shrunk into the central safe zone, 80 % of the width; iOS rounds the corners
 * of the apple-touch-icon itself and shows transparency as black).
 */
export const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, kind: 'any' },
  { file: 'public/icons/icon-512.png', size: 512, kind: 'any' },
  { file: 'public/icons/maskable-512.png', size: 512, kind: 'maskable' },
  { file: 'public/icons/apple-touch-icon.png', size: 180, kind: 'apple' },
];

/** Splits the spine into the vertebrae: one polyline per dash (grid units). */
function vertebrae() {
  const line = spinePolyline();
  const acc = [0];
  for (let i = 1; i < line.length; i++) {
    const dx = line[i][0] - line[i - 1][0], dy = line[i][1] - line[i - 1][1];
    acc.push(acc[i - 1] + Math.sqrt(dx * dx + dy * dy));
  }
  const total = acc[acc.length - 1];
  // Round caps reach SPINE_WIDTH / 2 beyond each end of a dash.
  const step = (total + GAP + SPINE_WIDTH) / VERTEBRAE;
  const dash = step - GAP - SPINE_WIDTH;
  const at = (s) => {
    let i = 1;
    while (i < line.length - 1 && acc[i] < s) i++;
    const t = (s - acc[i - 1]) / (acc[i] - acc[i - 1]);
    return [line[i - 1][0] + t * (line[i][0] - line[i - 1][0]), line[i - 1][1] + t * (line[i][1] - line[i - 1][1])];
  };
  const out = [];
  for (let v = 0; v < VERTEBRAE; v++) {
    const from = v * step, to = from + dash;
    out.push([at(from), ...line.filter((_, i) => acc[i] > from && acc[i] < to), at(to)]);
  }
  return { dashes: out, dash, gap: step - dash, total };
}

/** Flattens the spine's two cubic Béziers into a polyline (grid units). */
function spinePolyline() {
  const out = [SPINE[0]];
  for (let seg = 0; seg < 2; seg++) {
    const [p0, p1, p2, p3] = SPINE.slice(seg * 3, seg * 3 + 4);
    const steps = 48;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
      out.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
    }
  }
  return out;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  let t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = px - ax - t * dx, ey = py - ay - t * dy;
  return Math.sqrt(ex * ex + ey * ey);
}

function roundedSquareDistance(px, py, size, r) {
  const h = size / 2;
  const qx = Math.abs(px - h) - (h - r), qy = Math.abs(py - h) - (h - r);
  const ox = Math.max(qx, 0), oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Coverage of a pixel by a shape, from its signed distance in pixels. */
const cover = (d) => (d <= -0.5 ? 1 : d >= 0.5 ? 0 : 0.5 - d);
/** 33 steps of coverage are as smooth as 256 to the eye, and keep every icon within a
 *  256-colour palette, which makes the PNGs about half the size. */
const levels = (c) => Math.round(c * 32) / 32;

/** Renders one icon to RGBA rows. */
export function render({ size, kind }) {
  // Grid → pixels. "any"/favicon: the 64-unit square fills the icon. Full-bleed icons: the
  // background fills it and the mark is scaled about the centre.
  const markScale = kind === 'maskable' ? 0.8 : kind === 'apple' ? 0.9 : 1;
  const unit = size / 64; // pixels per grid unit
  const { dashes } = vertebrae();
  const half = (SPINE_WIDTH / 2) * markScale * unit;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      // Background.
      const alpha = kind === 'any' ? levels(cover(roundedSquareDistance(cx, cy, size, CORNER * unit))) : 1;
      const rgb = TEAL;
      // The mark, in grid units about the centre.
      const gx = (cx / unit - 32) / markScale + 32, gy = (cy / unit - 32) / markScale + 32;
      let d = Infinity;
      for (const spine of dashes) {
        for (let i = 1; i < spine.length; i++) d = Math.min(d, segmentDistance(gx, gy, spine[i - 1], spine[i]));
      }
      const spineCover = cover(d * markScale * unit - half);
      const hx = gx - HEAD.cx, hy = gy - HEAD.cy;
      const headCover = cover((Math.sqrt(hx * hx + hy * hy) - HEAD.r) * markScale * unit);
      const mark = levels(Math.max(spineCover, headCover));
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(rgb[k] + (WHITE[k] - rgb[k]) * mark);
      px[o + 3] = Math.round(alpha * 255);
    }
  }
  return px;
}

// ---- PNG ----------------------------------------------------------------------------------

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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A palette (in order of first use) if the image has at most 256 colours, else null. */
function palette(rgba) {
  const index = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0;
    if (!index.has(key)) {
      if (index.size === 256) return null;
      index.set(key, index.size);
    }
  }
  return index;
}

/** Filtered scanlines (the bytes a PNG deflates): palette when there are at most 256
 *  colours (no filter, as the PNG spec advises for palettes), else RGB or RGBA. */
function scanlines(rgba, size) {
  const index = palette(rgba);
  if (index) {
    const rows = [];
    for (let y = 0; y < size; y++) {
      const row = new Uint8Array(size + 1);
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        row[x + 1] = index.get(((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0);
      }
      rows.push(row);
    }
    const colours = [...index.keys()];
    const plte = Buffer.from(colours.flatMap((k) => [k >>> 24, (k >>> 16) & 0xff, (k >>> 8) & 0xff]));
    // tRNS: alpha for each entry up to the last translucent one.
    let last = -1;
    colours.forEach((k, n) => { if ((k & 0xff) !== 255) last = n; });
    const trns = last < 0 ? null : Buffer.from(colours.slice(0, last + 1).map((k) => k & 0xff));
    return { colourType: 3, data: Buffer.concat(rows), plte, trns };
  }
  return truecolour(rgba, size);
}

function truecolour(rgba, size) {
  const opaque = rgba.every((v, i) => i % 4 !== 3 || v === 255);
  const bpp = opaque ? 3 : 4;
  const stride = size * bpp;
  const rows = [];
  let prev = new Uint8Array(stride);
  for (let y = 0; y < size; y++) {
    const row = new Uint8Array(stride);
    for (let x = 0; x < size; x++) for (let k = 0; k < bpp; k++) row[x * bpp + k] = rgba[(y * size + x) * 4 + k];
    // Pick the filter with the smallest sum of absolute values (the usual heuristic).
    let best = null;
    for (let f = 0; f < 5; f++) {
      const out = new Uint8Array(stride + 1);
      out[0] = f;
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? row[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
        let pred = 0;
        if (f === 1) pred = a;
        else if (f === 2) pred = b;
        else if (f === 3) pred = (a + b) >> 1;
        else if (f === 4) {
          const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
        const v = (row[i] - pred) & 0xff;
        out[i + 1] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (!best || score < best.score) best = { score, out };
    }
    rows.push(best.out);
    prev = row;
  }
  return { colourType: opaque ? 2 : 6, data: Buffer.concat(rows) };
}

function ihdr(size, colourType) {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(size, 0);
  b.writeUInt32BE(size, 4);
  b[8] = 8; // bit depth
  b[9] = colourType;
  return b; // compression, filter and interlace methods 0
}

export function png(rgba, size) {
  const { colourType, data, plte, trns } = scanlines(rgba, size);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr(size, colourType)),
    ...(plte ? [chunk('PLTE', plte)] : []),
    ...(trns ? [chunk('tRNS', trns)] : []),
    chunk('IDAT', deflateSync(data, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chunks other than IDAT, and the inflated image data, of a PNG: for comparing images. */
function decoded(buf) {
  let pos = 8;
  const idat = [], header = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IDAT') idat.push(data);
    else header.push(buf.subarray(pos, pos + 12 + len)); // IHDR, PLTE, tRNS, IEND, with CRCs
    pos += 12 + len;
  }
  return { header: Buffer.concat(header), data: inflateSync(Buffer.concat(idat)) };
}

const hex = (rgb) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');

/** Every file this script owns, with its expected content. */
export function outputs() {
  const files = [{ file: 'public/icon.svg', bytes: Buffer.from(svg()) }];
  for (const icon of ICONS) files.push({ file: icon.file, bytes: png(render(icon), icon.size), icon });
  return files;
}

async function check() {
  const stale = [];
  for (const { file, bytes, icon } of outputs()) {
    const have = await readFile(join(root, file)).catch(() => null);
    if (!have) { stale.push(`${file} (missing)`); continue; }
    if (icon) {
      const a = decoded(have), b = decoded(bytes);
      if (!a.header.equals(b.header) || !a.data.equals(b.data)) stale.push(file);
    } else if (!have.equals(bytes)) stale.push(file);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = await check();
    if (stale.length) {
      console.error(`icons: out of date, run node scripts/icons.mjs: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('icons: up to date');
  } else {
    for (const { file, bytes } of outputs()) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), bytes);
      console.log(`${relative(root, join(root, file))}  ${bytes.length} bytes`);
    }
  }
}

export { check };
