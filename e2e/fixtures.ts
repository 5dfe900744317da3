import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/app-page.ts';

interface Fixtures {
  /** Every request the page made to another origin; the fixture fails the test if there is any. */
  foreignRequests: string[];
  /** Everything the Content-Security-Policy refused; the fixture fails the test if there is any. */
  cspViolations: string[];
  app: AppPage;
}

export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== ownOrigin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
