import { expect } from '@playwright/test';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { messagesFor } from '../../src/i18n/index.ts';
import type { Lang, Messages } from '../../src/i18n/index.ts';
import type { RegionId } from '../../src/geo/regions.ts';
import type { SelectionFigures } from '../support/dataset.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a message with one number in it, e.g. "Include links with unknown dates (12)". */
function numberedMessage(message: (value: string) => string): RegExp {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return new RegExp(`^${escapeRegExp(before)}[\\d,]+${escapeRegExp(after)}$`);
}

/** The main view, found by role and name as a person would find it, in the language the page shows. */
export class AppPage {
  readonly map: Locator;
  readonly summary: Locator;
  readonly card: Locator;
  /** The language the page is in; `open` and `switchLanguage` keep it current. */
  lang: Lang = 'en';

  /** `root` is the page itself, or the frame the app is embedded in. */
  constructor(
    readonly page: Page,
    readonly root: Page | FrameLocator = page,
  ) {
    this.map = root.getByTestId('map');
    this.summary = root.getByTestId('summary');
    this.card = root.getByTestId('partner-card');
  }

  get messages(): Messages {
    return messagesFor(this.lang);
  }

  /** Opens the app with `query`; the language is `lang=` from the query, else the browser's (English here). */
  async open(query = ''): Promise<void> {
    const lang = new URLSearchParams(query).getAll('lang')[0];
    this.lang = lang === 'zh' ? 'zh' : 'en';
    await this.page.goto(`./${query ? `?${query}` : ''}`);
    await expect(this.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  }

  /** Waits until the arc layer has drawn `count` arcs and shows `visible` of them. */
  async expectArcs(count: number, visible = count): Promise<void> {
    await expect(this.map).toHaveAttribute('data-arcs-drawn', String(count));
    await expect(this.map).toHaveAttribute('data-arcs-visible', String(visible));
  }

  /** The map and the summary both show `figures`: visible arcs, then partners · countries · regions. */
  async expectSelection(figures: SelectionFigures): Promise<void> {
    await expect(this.map).toHaveAttribute('data-arcs-visible', String(figures.links));
    await expect(this.summary).toHaveText(
      new RegExp(`^\\D*${figures.partners}\\D+${figures.countries}\\D+${figures.regions}\\D*$`),
    );
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

  /** A filter chip, by its group's heading and its label (the chip also shows a live count). */
  private chip(group: string, label: string): Locator {
    return this.page
      .getByRole('group', { name: group })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(label)} [\\d,]+$`) });
  }

  regionChip(region: RegionId): Locator {
    return this.chip(this.messages.filters.regions, this.messages.region[region]);
  }

  relationChip(relation: keyof Messages['relation']): Locator {
    return this.chip(this.messages.filters.relations, this.messages.relation[relation]);
  }

  levelChip(level: keyof Messages['level']): Locator {
    return this.chip(this.messages.filters.levels, this.messages.level[level]);
  }

  get timeSlider(): Locator {
    return this.page.getByRole('region', { name: this.messages.time.heading });
  }

  yearHandle(end: 'from' | 'to'): Locator {
    return this.page.getByRole('slider', { name: this.messages.time[end] });
  }

  /** The current year while playing, the year range otherwise. */
  get yearDisplay(): Locator {
    return this.timeSlider.getByRole('status');
  }

  get playButton(): Locator {
    return this.page.getByRole('button', { name: this.messages.time.play });
  }

  get pauseButton(): Locator {
    return this.page.getByRole('button', { name: this.messages.time.pause });
  }

  get speed(): Locator {
    return this.timeSlider.getByRole('combobox', { name: new RegExp(`^${this.messages.time.speed}`) });
  }

  get undatedToggle(): Locator {
    return this.page.getByRole('checkbox', { name: numberedMessage(this.messages.time.undated) });
  }

  get bilingualLabelsToggle(): Locator {
    return this.page.getByRole('checkbox', { name: this.messages.bilingualLabels });
  }

  get flowToggle(): Locator {
    return this.page.getByRole('checkbox', { name: this.messages.flowToggle });
  }

  get languageToggle(): Locator {
    return this.page.getByRole('button', { name: this.messages.languageToggle });
  }

  async switchLanguage(): Promise<void> {
    await this.languageToggle.click();
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }

  get partnerList(): Locator {
    return this.page.getByRole('region', { name: this.messages.list.heading });
  }

  get partnerSearch(): Locator {
    return this.page.getByRole('searchbox', { name: this.messages.list.search });
  }

  get partnerSort(): Locator {
    return this.partnerList.getByRole('combobox', { name: new RegExp(`^${this.messages.list.sortBy}`) });
  }

  get partnerRows(): Locator {
    return this.partnerList.getByRole('listitem').getByRole('button');
  }

  /** Each row's first line: the partner's name in the page's language. */
  async partnerRowNames(): Promise<string[]> {
    const texts = await this.partnerRows.evaluateAll((rows) =>
      rows.map((row) => (row as HTMLElement).innerText),
    );
    return texts.map((text) => text.split('\n')[0]?.trim() ?? '');
  }

  /** The map canvas: the focusable region that pans with the arrow keys. */
  get mapCanvas(): Locator {
    return this.map.getByRole('region', { name: this.messages.mapLabel });
  }

  /** The place labels drawn over the map, as the overlay reports them: "大庆 / Daqing | …". */
  get hubLabels(): Locator {
    return this.map.locator('canvas[data-hub-labels]');
  }

  /** `center=lng,lat` and `zoom=z` from the address bar, or null before the camera has moved. */
  camera(): { lng: number; lat: number; zoom: number } | null {
    const params = new URL(this.page.url()).searchParams;
    const [lng, lat] = (params.get('center') ?? '').split(',').map(Number);
    const zoom = Number(params.get('zoom'));
    if (lng === undefined || lat === undefined || Number.isNaN(lng + lat + zoom)) return null;
    return { lng, lat, zoom };
  }

  /** Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user would. */
  async tabTo(target: Locator, { backwards = false, maxPresses = 60 } = {}): Promise<void> {
    const element = await target.elementHandle();
    if (!element) throw new Error('tabTo: no such element');
    for (let presses = 0; presses < maxPresses; presses++) {
      if (await element.evaluate((node) => node === document.activeElement)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`tabTo: not reached in ${maxPresses} presses`);
  }

  /** The focused element shows a focus ring: a visible outline or a box shadow. */
  async expectFocusVisible(target: Locator): Promise<void> {
    await expect(target).toBeFocused();
    const ring = await target.evaluate((node) => {
      const style = getComputedStyle(node);
      return {
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
      };
    });
    expect(ring.outline || ring.shadow, 'focused element has an outline or a box shadow').toBe(true);
  }
}
