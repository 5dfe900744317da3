/**
 * Renders the app icons' PNG sizes (which some platforms require for installing) from the SVG sources in
 * public/icons, with the e2e tests' Chromium. Run after editing an icon: `npx tsx scripts/render-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../e2e/support/chromium-path.ts';

const ICONS_DIR = new URL('../public/icons/', import.meta.url);
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: resolveChromium(), args: ['--no-sandbox'] });
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(new URL(svg, ICONS_DIR), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    await page.screenshot({ path: new URL(png, ICONS_DIR).pathname, omitBackground: true });
    await page.close();
    console.log(`public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
