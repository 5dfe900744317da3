import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

/** Present mode: the step's title and caption over the map, and the export menu of any mode. */
export class PresentPage extends AppPage {
  readonly title: Locator;
  readonly caption: Locator;
  readonly stepIndicator: Locator;

  constructor(page: Page) {
    super(page);
    this.title = page.getByTestId('present-title');
    this.caption = page.getByTestId('present-caption');
    this.stepIndicator = page.getByTestId('present-step');
  }

  /** Opens "Export image" and saves the PNG of the given size; resolves with the downloaded bytes. */
  async exportPng(
    size: 'PNG, screen size' | 'PNG, 3840×2160',
  ): Promise<{ download: Download; bytes: Buffer }> {
    const menu = this.page.locator('details.export-menu:visible');
    if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open)))
      await menu.getByText('Export image').click();
    const downloaded = this.page.waitForEvent('download', { timeout: 120_000 });
    const button = menu.getByRole('button', { name: size });
    await button.click();
    const download = await downloaded;
    // The buttons are disabled while an export runs, so enabled again means this one has finished.
    await expect(button).toBeEnabled();
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, bytes: await readFile(path) };
  }
}
