import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArcDatum } from './types.ts';

/** Stands in for the browser's Worker: records what was started and what each was asked. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: unknown[] = [];
  isTerminated = false;
  constructor(readonly url: URL) {
    FakeWorker.started.push(this);
  }
  postMessage(request: unknown) {
    this.requests.push(request);
  }
  terminate() {
    this.isTerminated = true;
  }
}

const ARC: ArcDatum = {
  from: [106.55, 29.56],
  to: [2.35, 48.86],
  year: 2005,
  hub: 0,
  region: 1,
  relation: 0,
  level: 0,
};

async function freshModule() {
  vi.resetModules();
  return import('./geometry-off-thread.ts');
}

describe('the geometry worker', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is started ahead of the request for a big data file, and that one worker then answers it', async () => {
    const { warmGeometryWorkerFor, buildArcGeometryOffThread, WARM_WORKER_FROM_BYTES } = await freshModule();
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES);
    expect(FakeWorker.started).toHaveLength(1);
    void buildArcGeometryOffThread([ARC], {});
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.requests).toHaveLength(1);
  });

  it('is not started ahead for a small file, nor twice for two big ones', async () => {
    const { warmGeometryWorkerFor, WARM_WORKER_FROM_BYTES } = await freshModule();
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES - 1);
    warmGeometryWorkerFor(0);
    warmGeometryWorkerFor(Number.NaN);
    expect(FakeWorker.started).toHaveLength(0);
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES * 4);
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES * 4);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('is ended when the data it was started for is built on the main thread after all', async () => {
    const {
      warmGeometryWorkerFor,
      releaseWarmGeometryWorker,
      buildArcGeometryOffThread,
      WARM_WORKER_FROM_BYTES,
    } = await freshModule();
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES);
    releaseWarmGeometryWorker();
    expect(FakeWorker.started[0]?.isTerminated).toBe(true);
    void buildArcGeometryOffThread([ARC], {});
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[0]?.requests).toHaveLength(0);
  });

  it('answers each request with a worker of its own once the warm one is taken', async () => {
    const { warmGeometryWorkerFor, buildArcGeometryOffThread, WARM_WORKER_FROM_BYTES } = await freshModule();
    warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES);
    void buildArcGeometryOffThread([ARC], {});
    void buildArcGeometryOffThread([ARC], {});
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started.map((worker) => worker.requests.length)).toEqual([1, 1]);
  });

  it('resolves with the reply and ends the worker', async () => {
    const { buildArcGeometryOffThread } = await freshModule();
    const reply = buildArcGeometryOffThread([ARC], {});
    const worker = FakeWorker.started[0]!;
    worker.onmessage?.({ data: { arcCount: 1 } } as MessageEvent);
    await expect(reply).resolves.toEqual({ arcCount: 1 });
    expect(worker.isTerminated).toBe(true);
  });

  it('rejects when workers are refused, for the caller to build on the main thread', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('refused by the Content-Security-Policy');
        }
      },
    );
    const { warmGeometryWorkerFor, buildArcGeometryOffThread, WARM_WORKER_FROM_BYTES } = await freshModule();
    expect(() => warmGeometryWorkerFor(WARM_WORKER_FROM_BYTES)).not.toThrow();
    await expect(buildArcGeometryOffThread([ARC], {})).rejects.toThrow('refused');
  });
});
