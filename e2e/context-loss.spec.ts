import { expect, test } from './fixtures.ts';
import { readLinkRows } from './support/dataset.ts';
import { differingPixelShare } from './support/png.ts';

const rows = readLinkRows();

// No flow animation, so two frames of the same view are the same picture.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

test('the map and every arc come back after both WebGL contexts are lost and restored', async ({
  app,
  page,
}) => {
  await app.open('lang=en');
  await app.expectArcs(rows.length);
  // The basemap draws into MapLibre's canvas, the arcs and points into their own over it; a kiosk may lose
  // either context, so both go. A screenshot of the map canvas is a clip of the page: it shows both.
  const canvas = app.map.locator('canvas.maplibregl-canvas');
  const arcsCanvas = app.map.locator('canvas[data-arcs-canvas]');
  await page.waitForTimeout(500); // let the labels overlay and any fade settle before the reference shot
  const before = await canvas.screenshot();

  const loseContexts = await Promise.all(
    [canvas, arcsCanvas].map((locator) =>
      locator.evaluateHandle((element) => {
        const gl = (element as HTMLCanvasElement).getContext('webgl2');
        const extension = gl?.getExtension('WEBGL_lose_context');
        if (!extension) throw new Error('WEBGL_lose_context is not available');
        return extension;
      }),
    ),
  );
  for (const extension of loseContexts) await extension.evaluate((lose) => lose.loseContext());
  await expect(app.map, 'nothing is drawn while the context is lost').toHaveAttribute('data-arcs-drawn', '0');
  const lost = await canvas.screenshot();

  for (const extension of loseContexts) await extension.evaluate((lose) => lose.restoreContext());
  await app.expectArcs(rows.length);
  await page.waitForTimeout(500);
  const restored = await canvas.screenshot();

  // Switching both signing levels off leaves the same view without arcs: what the arcs add to the picture.
  const levels = page.getByRole('group', { name: 'Signing level' }).getByRole('button');
  for (const level of await levels.all()) await level.click();
  await app.expectArcs(rows.length, 0);
  await page.waitForTimeout(500);
  const withoutArcs = await canvas.screenshot();

  const arcsShare = differingPixelShare(before, withoutArcs);
  const restoredShare = differingPixelShare(before, restored);
  const lostShare = differingPixelShare(before, lost);
  expect(arcsShare, 'the arcs cover a visible part of the map').toBeGreaterThan(0.01);
  expect(lostShare, 'the lost contexts really blanked the map').toBeGreaterThan(arcsShare);
  expect(restoredShare, 'the restored frame shows the same map and arcs').toBeLessThan(arcsShare / 10);
});
