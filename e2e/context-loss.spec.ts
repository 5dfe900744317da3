import { expect, test } from './fixtures.ts';
import { readLinkRows } from './support/dataset.ts';
import { differingPixelShare } from './support/png.ts';

const rows = readLinkRows();

// No flow animation, so two frames of the same view are the same picture.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

test('the map and every arc come back after the WebGL context is lost and restored', async ({
  app,
  page,
}) => {
  await app.open('lang=en');
  await app.expectArcs(rows.length);
  const canvas = app.map.locator('canvas.maplibregl-canvas');
  await page.waitForTimeout(500); // let the labels overlay and any fade settle before the reference shot
  const before = await canvas.screenshot();

  const loseContext = await canvas.evaluateHandle((element) => {
    const gl = (element as HTMLCanvasElement).getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    return extension;
  });
  await loseContext.evaluate((extension) => extension.loseContext());
  await expect(app.map, 'nothing is drawn while the context is lost').toHaveAttribute('data-arcs-drawn', '0');
  const lost = await canvas.screenshot();

  await loseContext.evaluate((extension) => extension.restoreContext());
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
  expect(lostShare, 'the lost context really blanked the map').toBeGreaterThan(arcsShare);
  expect(restoredShare, 'the restored frame shows the same map and arcs').toBeLessThan(arcsShare / 10);
});
