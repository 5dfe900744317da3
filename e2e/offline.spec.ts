import { expect, test } from './fixtures.ts';
import { readLinkRows } from './support/dataset.ts';

const rows = readLinkRows();

// The one spec that lets the production build's service worker run (playwright.config.ts blocks it).
test.use({ serviceWorkers: 'allow' });

test('after one visit the kiosk works with the network unplugged', async ({ app, page, context }) => {
  await app.open('mode=kiosk&lang=en');
  await app.expectArcs(rows.length);
  // Installed means every file of the build is in the cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(app.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await app.expectArcs(rows.length);
  await expect(page.locator('.app')).toHaveClass(/mode-kiosk/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  // The network really is off for the page and its worker: a file the worker does not keep cannot load.
  const probe = await page.evaluate(() =>
    fetch(`./not-precached-${Date.now()}.txt`).then(
      (response) => `status ${response.status}`,
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
});

test('the worker is installed only once the first view is drawn: precaching would slow it', async ({
  app,
  page,
}) => {
  // The site's data file is held back, so the page has loaded and the basemap is drawn long before the arcs.
  let releaseData = () => undefined as void;
  const dataHeld = new Promise<void>((resolve) => (releaseData = resolve));
  await page.route('**/site-data/held.tsv', async (route) => {
    await dataHeld;
    await route.fulfill({ path: 'data/links.tsv', contentType: 'text/tab-separated-values' });
  });
  await page.goto('./?data=site-data/held.tsv&lang=en');
  await page.waitForLoadState('load');
  await expect(app.map.locator('canvas.maplibregl-canvas')).toBeVisible();
  await page.waitForTimeout(1500);
  const isRegistered = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  expect(await isRegistered(), 'registered while the first view was still loading').toBe(false);

  releaseData();
  await app.expectArcs(rows.length);
  await expect.poll(isRegistered).toBe(true);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the same offline reload fails, so the test above proves the worker', async ({
    app,
    page,
    context,
  }) => {
    await app.open('mode=kiosk&lang=en');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

test('the web app manifest names the app in both languages and points at icons that load', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href ?? '', page.url());
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string; type: string }>;
  };
  expect(manifest.name).toMatch(/[\u4e00-\u9fff]/);
  expect(manifest.name).toMatch(/[A-Za-z]/);
  expect(manifest.display).toBe('standalone');
  // Relative, so the app installs from whatever sub-path it is served under.
  expect(manifest.start_url.startsWith('/')).toBe(false);
  expect(manifest.icons.some((icon) => icon.type === 'image/png' && icon.sizes === '512x512')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
  }
});
