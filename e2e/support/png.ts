import type { Page } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface PixelStats {
  /** Standard deviation of luminance, 0..255. */
  luminanceSpread: number;
  /** Pixels within a small distance of any of the given colours. */
  pixelsNear: number;
}

/**
 * Decodes the PNG in the browser and measures it: a blank image has no spread and none of the arc colours.
 * The bytes go in as a Blob, not a `data:` fetch, which the app's Content-Security-Policy refuses.
 */
export async function measurePng(page: Page, bytes: Buffer, colors: readonly string[]): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, colors }) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], {
        type: 'image/png',
      });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
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
          targets.some(
            ([tr = 0, tg = 0, tb = 0]) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 60,
          )
        )
          pixelsNear += 1;
      }
      const count = data.length / 4;
      const mean = sum / count;
      return { luminanceSpread: Math.sqrt(Math.max(0, sumSquares / count - mean * mean)), pixelsNear };
    },
    { base64: bytes.toString('base64'), colors },
  );
}
