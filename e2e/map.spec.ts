import { expect, test } from './fixtures.ts';
import { readLinkRows } from './support/dataset.ts';

const rows = readLinkRows();

test('draws one arc for every link of the dataset, as ribbons', async ({ app }) => {
  await app.open('lang=en');
  await app.expectArcs(rows.length);
  await expect(app.map).toHaveAttribute('data-arcs-style', 'ribbons');
});

test('clicking a partner opens its card with every link to it', async ({ app, page }) => {
  const tonga = rows.find((row) => row.country_iso2 === 'TO');
  expect(tonga, 'the dataset has a partner in Tonga').toBeDefined();
  if (!tonga) return;
  // A deep link centres the camera on the partner, so its point sits in the middle of the map.
  await app.open(`lang=en&center=${tonga.lon},${tonga.lat}&zoom=6`);
  const box = await app.map.boundingBox();
  if (!box) throw new Error('map has no box');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // Hovering shows the card once the partner's point is drawn (its source loads in MapLibre's worker, which
  // may lag behind the arcs); only then does a click have something to hit.
  await page.mouse.move(x, y);
  await expect(app.card).toBeVisible();
  await page.mouse.click(x, y);
  await expect(app.card.getByRole('heading', { level: 2 })).toContainText(
    tonga.partner_en?.split(' (')[0] ?? '',
  );
  await expect(app.card).toContainText('Tonga');
  await expect(app.card).toContainText(tonga.established ? /\d{4}/ : 'date unknown');
  await expect(page).toHaveURL(/partner=to%3A|partner=to:/);
});

test('a partner under the card keeps its card while hovered, and a click pins it', async ({ app, page }) => {
  const tonga = rows.find((row) => row.country_iso2 === 'TO');
  if (!tonga) throw new Error('the dataset has a partner in Tonga');
  const zoom = 6;
  await app.open(`lang=en&center=${tonga.lon},${tonga.lat}&zoom=${zoom}`);
  const box = await app.map.boundingBox();
  if (!box) throw new Error('map has no box');
  // Pan (drag) so the partner's point lands near the top-right corner, where the card opens.
  const [fromX, fromY] = [box.x + box.width / 2, box.y + box.height / 2];
  const [toX, toY] = [box.x + box.width - 80, box.y + 60];
  await page.mouse.move(fromX, fromY);
  await page.mouse.down();
  await page.mouse.move(toX, toY, { steps: 10 });
  await page.mouse.up();
  await page.mouse.move(toX - 1, toY);
  await page.mouse.move(toX, toY);
  await expect(app.card).toBeVisible();
  const card = await app.card.boundingBox();
  if (!card) throw new Error('card has no box');
  expect(toX > card.x && toX < card.x + card.width && toY > card.y && toY < card.y + card.height).toBe(true);
  // It used to hide as soon as it took the pointer, and show again a frame later.
  for (let check = 0; check < 5; check++) {
    await page.waitForTimeout(150);
    await expect(app.card).toBeVisible({ timeout: 10 });
  }
  await page.mouse.click(toX, toY);
  await expect(page).toHaveURL(/partner=to%3A|partner=to:/);
  await expect(app.card.getByRole('button', { name: app.messages.card.close })).toBeVisible();
});

test('the globe toggle switches projection and keeps the arcs', async ({ app, page }) => {
  await app.open('lang=en');
  const globe = page.getByRole('button', { name: 'Globe' });
  await globe.click();
  await expect(globe).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/projection=globe/);
  await app.expectArcs(rows.length);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Globe' })).toHaveAttribute('aria-pressed', 'true');
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`screenshot at ${viewport.width}×${viewport.height} in ${lang}`, async ({ app, page }, testInfo) => {
      await page.setViewportSize(viewport);
      await app.open(`lang=${lang}`);
      await expect(app.summary).toBeVisible();
      const mapBox = await app.map.boundingBox();
      // Beside the side panel on a desktop; the full width on a phone, with the panel below.
      expect(mapBox?.width).toBeGreaterThan(viewport.width * (viewport.width > 760 ? 0.6 : 0.95));
      expect(mapBox?.height).toBeGreaterThan(200);
      const path = testInfo.outputPath(`map-${viewport.width}x${viewport.height}-${lang}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`map-${viewport.width}x${viewport.height}-${lang}`, {
        path,
        contentType: 'image/png',
      });
    });
  }
}

for (const projection of ['mercator', 'globe'] as const) {
  test(`a partner's name is drawn just right of its point (${projection})`, async ({ app, page }) => {
    const tonga = rows.find((row) => row.country_iso2 === 'TO');
    if (!tonga) throw new Error('the dataset has a partner in Tonga');
    const globe = projection === 'globe' ? '&projection=globe' : '';
    // Centred on the partner, its point is in the middle of the map.
    await app.open(`lang=en&center=${tonga.lon},${tonga.lat}&zoom=6${globe}`);
    await app.expectArcs(rows.length);
    const labelPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.labels-overlay');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) throw new Error('no labels canvas');
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const [middleX, middleY] = [canvas.width / 2, canvas.height / 2];
        // Only the neighbourhood of the point: other names may be drawn elsewhere.
        const [left, top] = [Math.round(middleX - 60 * scale), Math.round(middleY - 30 * scale)];
        const [width, height] = [Math.round(260 * scale), Math.round(60 * scale)];
        const { data } = context.getImageData(left, top, width, height);
        let [minX, minY, maxY] = [Infinity, Infinity, -Infinity];
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) {
            if (data[4 * (y * width + x) + 3] === 0) continue;
            minX = Math.min(minX, x);
            [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
          }
        // In CSS px from the point.
        return {
          fromPointX: (left + minX - middleX) / scale,
          middleFromPointY: (top + (minY + maxY) / 2 - middleY) / scale,
        };
      });
    // The name stands 7 px right of the point (its halo 1.5 px nearer), centred on it.
    await expect.poll(async () => (await labelPixels()).fromPointX).toBeGreaterThan(3);
    const { fromPointX, middleFromPointY } = await labelPixels();
    expect(fromPointX).toBeLessThan(9);
    expect(Math.abs(middleFromPointY)).toBeLessThan(5);
  });
}
