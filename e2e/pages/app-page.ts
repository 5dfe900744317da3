import { expect } from '@playwright/test';
import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The main view, found by role and name as a person would find it. */
export class AppPage {
  readonly map: Locator;
  readonly summary: Locator;
  readonly card: Locator;

  /** `root` is the page itself, or the frame the app is embedded in. */
  constructor(
    readonly page: Page,
    readonly root: Page | FrameLocator = page,
  ) {
    this.map = root.getByTestId('map');
    this.summary = root.getByTestId('summary');
    this.card = root.getByTestId('partner-card');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query ? `?${query}` : ''}`);
    await expect(this.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  }

  /** Waits until the arc layer has drawn `count` arcs and shows `visible` of them. */
  async expectArcs(count: number, visible = count): Promise<void> {
    await expect(this.map).toHaveAttribute('data-arcs-drawn', String(count));
    await expect(this.map).toHaveAttribute('data-arcs-visible', String(visible));
  }

  async arcsDrawn(): Promise<number> {
    return Number(await this.map.getAttribute('data-arcs-drawn'));
  }

  async arcsVisible(): Promise<number> {
    return Number(await this.map.getAttribute('data-arcs-visible'));
  }

  /** The leading number of the summary: partners in the current selection. */
  async partnerCount(): Promise<number> {
    const text = (await this.summary.textContent()) ?? '';
    return Number(/\d[\d,]*/.exec(text)?.[0].replaceAll(',', '') ?? NaN);
  }

  hubToggle(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }
}
