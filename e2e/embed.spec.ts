import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppPage } from './pages/app-page.ts';
import { readLinkRows } from './support/dataset.ts';

const SUB_PATH = '/foreign-affairs/map/';
const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";
const rows = readLinkRows();

/**
 * A municipal page on the app's origin with a strict CSP of its own, embedding the map from a sub-path.
 * The host's script (no inline script is allowed) records every message the map posts.
 */
async function openHostPage(page: Page, size: { width: number; height: number }, query: string) {
  await page.route(`**${SUB_PATH}**`, async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace(SUB_PATH, '/');
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  await page.route('**/__host/host.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.received = [];
        window.addEventListener('message', (event) => {
          if (event.data && event.data.source === 'sister-city-map') window.received.push(event.data);
        });`,
    }),
  );
  await page.route('**/__host/page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': HOST_CSP },
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>外事办公室</title>
        <script src="/__host/host.js"></script></head><body>
        <h1>友好城市</h1>
        <iframe src="${SUB_PATH}?${query}" title="Sister-city map" width="${size.width}" height="${size.height}"></iframe>
        </body></html>`,
    }),
  );
  await page.setViewportSize({ width: size.width + 40, height: size.height + 160 });
  await page.goto('/__host/page.html');
  const frame = page.frameLocator('iframe');
  const app = new AppPage(page, frame);
  await expect(app.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  return app;
}

const received = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { received: { type: string; selection: Record<string, unknown> }[] }).received,
  );

for (const size of [
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
]) {
  test(`embedded at ${size.width}×${size.height} from a sub-path under a strict CSP`, async ({ page }) => {
    const app = await openHostPage(page, size, 'embed=1&lang=en');
    await app.expectArcs(rows.length);

    await expect.poll(async () => (await received(page)).map((event) => event.type)).toContain('ready');
    const ready = (await received(page)).find((event) => event.type === 'ready');
    expect(ready?.selection.links).toBe(rows.length);

    // The frame never scrolls: the map and its controls fit whatever size the site gives it.
    const overflow = await app.map.evaluate(() => ({
      vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      horizontal: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(overflow).toEqual({ vertical: 0, horizontal: 0 });

    const panelToggle = app.root.getByRole('button', { name: 'Filters and list' });
    const hub = app.root.getByTestId('hub-daqing');
    if (size.width <= 900) {
      await expect(hub).toBeHidden();
      await panelToggle.click();
      await expect(panelToggle).toHaveAttribute('aria-expanded', 'true');
    } else {
      await expect(panelToggle).toBeHidden();
    }
    await hub.click();
    const daqingLinks = rows.filter((row) => row.home_city === 'daqing').length;
    await app.expectArcs(rows.length, rows.length - daqingLinks);
    await expect
      .poll(
        async () => (await received(page)).filter((event) => event.type === 'selection').at(-1)?.selection,
      )
      .toMatchObject({ links: rows.length - daqingLinks, query: expect.stringContaining('hubs=') });
    await expect(page).toHaveURL(/__host\/page\.html$/);
  });
}

test('the embedded map opens the full map in a new tab, never in the host page', async ({ page }) => {
  const app = await openHostPage(page, { width: 1280, height: 720 }, 'embed=1&lang=en&hubs=liaocheng');
  const link = app.root.getByRole('link', { name: 'Open the full map' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(popup).toHaveURL(/hubs=liaocheng/);
  expect(popup.url()).not.toContain('embed=1');
  await expect(page).toHaveURL(/__host\/page\.html$/);
  await popup.close();
});

test('the share dialog copies the deep link and a responsive iframe snippet', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('lang=en&hubs=chongqing&mode=kiosk');
  await page.getByRole('button', { name: 'Share / embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('hubs=chongqing');
  expect(link).not.toContain('mode=kiosk');

  await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(/^<iframe src="[^"]*hubs=chongqing[^"]*embed=1"/);
  expect(snippet).toContain('title="Sister-city map"');
  expect(snippet).toContain('width="100%"');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The copied link restores the same view.
  await page.goto(link);
  const chongqingLinks = rows.filter((row) => row.home_city === 'chongqing').length;
  await app.expectArcs(rows.length, chongqingLinks);
});
