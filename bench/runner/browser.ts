import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page, Response } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/chromium-path.ts';
import type { TraceEvent } from './trace.ts';
import { classifyFiles } from './bytes.ts';
import type { LoadedFile } from './bytes.ts';
import type { BytesFigures } from './types.ts';

/** The e2e suite's flags, plus: every host but 127.0.0.1 fails to resolve. */
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export const VIEWPORT = { width: 1280, height: 720 };

/** A fresh browser for every page load, as the perf-floor measurements did: no shared caches or JIT state. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: resolveChromium(), args: BENCH_CHROMIUM_ARGS });
}

/**
 * Every page asks for reduced motion: the app's flow animation (on by default, off by a toggle) redraws the
 * map every frame, which no baseline does, and would be counted as the cost of each change.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { page, cdp: await context.newCDPSession(page) };
}

/** JS heap used by the page's main isolate after two full garbage collections, bytes. */
export async function measureHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Runs `action` under a Chrome trace of top-level tasks and user-timing marks. */
export async function traced<T>(
  cdp: CDPSession,
  action: () => Promise<T>,
): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await action();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { value, events };
}

/** Records every same-origin response body of the first load. */
export function recordResponses(page: Page, origin: string) {
  const pending: Promise<LoadedFile | null>[] = [];
  const foreign: string[] = [];
  let isRecording = true;
  const onResponse = (response: Response) => {
    if (!isRecording) return;
    const url = response.url();
    if (!url.startsWith(origin)) {
      foreign.push(url);
      return;
    }
    pending.push(
      response
        .body()
        .then((body) => ({ url, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => null),
    );
  };
  page.on('response', onResponse);
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  return {
    foreign,
    async stop(): Promise<BytesFigures> {
      isRecording = false;
      page.off('response', onResponse);
      const files = (await Promise.all(pending)).filter((file): file is LoadedFile => file !== null);
      return classifyFiles(files);
    },
  };
}
