import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { geoInterpolate } from 'd3-geo';
import { badInputCorpus, hubLines, LINK_COLUMNS, linksFile, XSS_MARKER } from './support/bad-inputs.ts';
import type { InputFile } from './support/bad-inputs.ts';
import { readHubs, readLinkRows } from './support/dataset.ts';

const officialCount = readLinkRows().length;

test.describe('?data= accepts only a file of this site', () => {
  for (const address of [
    'https://evil.example.com/links.tsv',
    '//evil.example.com/links.tsv',
    'javascript:alert(1)',
  ]) {
    test(`refuses ${address} and shows the official data`, async ({ app, page }) => {
      await app.open(`lang=en&data=${encodeURIComponent(address)}`);
      await expect(page.getByTestId('refused-data')).toContainText(address);
      await expect(page.getByTestId('refused-data')).toContainText('refused');
      await app.expectArcs(officialCount);
      await expect(page.getByTestId('custom-data-banner')).toHaveCount(0);
    });
  }

  test('shows a same-origin file, saying it is not the embedded data', async ({ app, page }) => {
    const lines = hubLines('daqing');
    const file = linksFile('daqing-only.tsv', lines);
    await page.route('**/site-data/daqing-only.tsv', (route) =>
      route.fulfill({ body: file.buffer, contentType: 'text/tab-separated-values' }),
    );
    await app.open('lang=en&data=site-data/daqing-only.tsv');
    await expect(page.getByTestId('custom-data-banner')).toContainText('site-data/daqing-only.tsv');
    await app.expectArcs(lines.length);
    await expect.poll(() => app.partnerCount()).toBe(lines.length);
  });

  test('the banner and the time slider are there while the file loads: the map keeps its size', async ({
    app,
    page,
  }) => {
    const lines = hubLines('daqing');
    const file = linksFile('daqing-only.tsv', lines);
    let sendFile = () => {};
    const isAsked = new Promise<void>((asked) => {
      void page.route('**/site-data/daqing-only.tsv', async (route) => {
        asked();
        await new Promise<void>((send) => (sendFile = send));
        await route.fulfill({ body: file.buffer, contentType: 'text/tab-separated-values' });
      });
    });
    await page.goto('./?lang=en&data=site-data/daqing-only.tsv');
    await isAsked;
    const play = page.getByRole('button', { name: app.messages.time.play });
    await expect(page.getByTestId('custom-data-banner')).toContainText('site-data/daqing-only.tsv');
    await expect(play).toBeDisabled();
    await expect(page.getByRole('region', { name: app.messages.time.heading })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    const whileLoading = await app.map.boundingBox();

    sendFile();
    await app.expectArcs(lines.length);
    await expect(play).toBeEnabled();
    await expect(page.getByRole('slider', { name: app.messages.time.from })).toBeVisible();
    expect(await app.map.boundingBox(), 'the map where and as big as it was while loading').toEqual(
      whileLoading,
    );
  });
});

test.describe('opening your own data file', () => {
  // Playwright passes buffers up to 50 MB; a bigger file goes through the disk like a real one.
  const openFile = async (page: Page, file: InputFile, scratchPath = '') => {
    if (file.buffer.length < 32 * 1024 * 1024 || !scratchPath) {
      await page.getByTestId('data-file-input').setInputFiles(file);
      return;
    }
    await writeFile(scratchPath, file.buffer);
    await page.getByTestId('data-file-input').setInputFiles(scratchPath);
  };

  test('a good file replaces the map under a persistent banner, and the official data comes back', async ({
    app,
    page,
  }) => {
    await app.open('lang=en');
    const lines = hubLines('jinzhong');
    await openFile(page, linksFile('jinzhong.tsv', lines));
    await expect(page.getByTestId('custom-data-banner')).toContainText('not the official dataset');
    await app.expectArcs(lines.length);
    await expect.poll(() => app.partnerCount()).toBe(lines.length);
    await page.getByRole('button', { name: 'Back to the official data' }).click();
    await expect(page.getByTestId('custom-data-banner')).toHaveCount(0);
    await app.expectArcs(officialCount);
  });

  test('a file of thousands of links is drawn whole, its arcs built off the main thread, as hairlines until narrowed', async ({
    app,
    page,
  }) => {
    await app.open('lang=en');
    const [line = ''] = hubLines('liaocheng');
    const count = 5000;
    const file = linksFile('many.tsv', Array<string>(count).fill(line), (cells, index) => {
      cells.id = '';
      cells.partner_zh = `伙伴${index}`;
      cells.partner_en = `Partner ${index}`;
      cells.established = index % 2 === 0 ? '1995' : '2015';
      cells.established_precision = 'year';
    });
    await openFile(page, file);
    await expect(page.getByTestId('custom-data-banner')).toBeVisible();
    await app.expectArcs(count);
    await expect.poll(() => app.partnerCount()).toBe(count);
    await expect(app.map).toHaveAttribute('data-arcs-style', 'hairlines');
    // Hairlines are drawn by a program of their own, another while the flow pulse runs: both are drawn here.
    await expect(app.map).toHaveAttribute('data-flow', 'on');
    await app.flowToggle.uncheck();
    await expect(app.map).toHaveAttribute('data-flow', 'off');
    // The overlay asked for its frame before this page did: two frames on, it has drawn.
    await page.evaluate(
      () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
    );
    await expect(app.map).toHaveAttribute('data-arcs-style', 'hairlines');

    // Half of them, below the hairline threshold: ribbons again.
    await app.yearHandle('to').focus();
    await page.keyboard.press('Home');
    await app.expectArcs(count, count / 2);
    await expect(app.map).toHaveAttribute('data-arcs-style', 'ribbons');
  });

  test('at hairline scale an arc is still found under the pointer: hovering its middle shows its partner', async ({
    app,
    page,
  }) => {
    const [line = ''] = hubLines('liaocheng');
    const cells = Object.fromEntries(line.split('\t').map((cell, i) => [LINK_COLUMNS[i] ?? '', cell]));
    const liaocheng = readHubs().find((hub) => hub.id === 'liaocheng');
    if (!liaocheng) throw new Error('hubs.tsv lacks Liaocheng');
    const count = 5000;
    const file = linksFile('many.tsv', Array<string>(count).fill(line), (row, index) => {
      row.id = '';
      row.partner_zh = `伙伴${index}`;
      row.partner_en = `Partner ${index}`;
    });
    await page.route('**/site-data/many.tsv', (route) =>
      route.fulfill({ body: file.buffer, contentType: 'text/tab-separated-values' }),
    );
    // The arcs' midpoint in the middle of the map, far from the hub's and the partner's points.
    const [lon, lat] = geoInterpolate(
      [liaocheng.lon, liaocheng.lat],
      [Number(cells.lon), Number(cells.lat)],
    )(0.5);
    await app.open(`lang=en&data=site-data/many.tsv&center=${lon},${lat}&zoom=7`);
    await app.expectArcs(count);
    await expect(app.map).toHaveAttribute('data-arcs-style', 'hairlines');
    const box = await app.map.boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(app.card).toBeVisible();
    await expect(app.card.getByRole('heading', { level: 2 })).toContainText(/Partner \d+/);
  });

  test('a file dropped on the page is read the same way', async ({ app, page }) => {
    await app.open('lang=zh');
    const lines = hubLines('daqing');
    const text = linksFile('dropped.tsv', lines).buffer.toString('utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.tsv', { type: 'text/tab-separated-values' }));
      return transfer;
    }, text);
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByTestId('custom-data-banner')).toContainText('并非官方数据');
    await app.expectArcs(lines.length);
  });

  for (const bad of badInputCorpus()) {
    test(`${bad.title}: a clear message, nothing executes, the page stays usable`, async ({
      app,
      page,
    }, testInfo) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // Problems are read in English (the next test reads one in Chinese); shown names in Chinese.
      await app.open(bad.problems ? 'lang=en' : 'lang=zh');
      await openFile(page, bad.file, testInfo.outputPath(bad.file.name));
      if (bad.problems) {
        const problems = page.getByTestId('data-problems');
        await expect(problems).toBeVisible();
        for (const problem of bad.problems) await expect(problems).toContainText(problem);
        await app.expectArcs(officialCount);
        await expect(page.getByTestId('custom-data-banner')).toHaveCount(0);
        await problems.getByRole('button').click();
        await expect(problems).toHaveCount(0);
      }
      if (bad.shown) {
        await expect(page.getByTestId('custom-data-banner')).toBeVisible();
        await app.expectArcs(bad.shown.links);
        for (const name of bad.shown.names) await expect(page.locator('.partner-list')).toContainText(name);
      }
      // Still usable: the summary answers a filter change.
      const before = await app.partnerCount();
      await page.locator('.hub-chip').first().click();
      await expect.poll(() => app.partnerCount()).not.toBe(before);
      expect(
        await page.evaluate((marker) => (window as unknown as Record<string, unknown>)[marker], XSS_MARKER),
      ).toBeUndefined();
      expect(dialogs).toEqual([]);
    });
  }

  test('in Chinese, a problem is worded in Chinese with its line, column and value', async ({
    app,
    page,
  }) => {
    await app.open('lang=zh');
    const lines = hubLines('liaocheng').slice(0, 2);
    await openFile(
      page,
      linksFile('out-of-range.tsv', lines, (cells, index) => {
        if (index === 1) cells.lat = '95.2';
      }),
    );
    const problems = page.getByTestId('data-problems');
    await expect(problems).toContainText('发现 1 个问题');
    await expect(problems.getByRole('listitem')).toHaveText(
      'out-of-range.tsv 第 3 行，“lat”列：95.2 超出范围（-90 至 90）',
    );
    await expect(problems).not.toContainText('out of range');
    await app.expectArcs(officialCount);
  });
});
