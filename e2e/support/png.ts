import { PNG } from 'pngjs';

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RGBA pixels of a PNG, decoded in Node (a screenshot or a downloaded export). */
function rgbaOf(bytes: Buffer): Buffer {
  return PNG.sync.read(bytes).data;
}

export interface PixelStats {
  /** Standard deviation of luminance, 0..255. */
  luminanceSpread: number;
  /** Pixels within a small distance of any of the given colours. */
  pixelsNear: number;
}

/** Measures a PNG: a blank image has no spread and none of the arc colours. */
export function measurePng(bytes: Buffer, colors: readonly string[]): PixelStats {
  const data = rgbaOf(bytes);
  const targets = colors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  let sum = 0;
  let sumSquares = 0;
  let pixelsNear = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += luminance;
    sumSquares += luminance * luminance;
    if (
      targets.some(([tr = 0, tg = 0, tb = 0]) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 60)
    )
      pixelsNear += 1;
  }
  const count = data.length / 4;
  const mean = sum / count;
  return { luminanceSpread: Math.sqrt(Math.max(0, sumSquares / count - mean * mean)), pixelsNear };
}

/** The share of pixels (0..1) that differ noticeably between two PNG screenshots of the same size. */
export function differingPixelShare(a: Buffer, b: Buffer): number {
  const [x, y] = [rgbaOf(a), rgbaOf(b)];
  if (x.length !== y.length) return 1;
  let differing = 0;
  for (let i = 0; i < x.length; i += 4) {
    const delta =
      Math.abs((x[i] ?? 0) - (y[i] ?? 0)) +
      Math.abs((x[i + 1] ?? 0) - (y[i + 1] ?? 0)) +
      Math.abs((x[i + 2] ?? 0) - (y[i + 2] ?? 0));
    if (delta > 48) differing += 1;
  }
  return differing / (x.length / 4);
}
