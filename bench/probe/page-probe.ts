/**
 * Runs inside every benchmarked page (app and baselines) before any page script, injected by the runner
 * with `addInitScript` after a plain TypeScript transpile. It must stay self-contained: no imports, no
 * module-level names other than the exported function. It watches, without changing what pages do:
 *
 * - WebGL contexts (by wrapping `getContext`) and which of them issued draw calls in each animation frame;
 * - MapLibre's worker requests (by wrapping `Worker`): a request is pending until its `<response>` arrives;
 * - `[data-arcs-drawn]` attributes, for the time to arcs.
 *
 * "Settled" after a change means: an animation frame that began after the change drew the arcs' context,
 * and once its promise continuations ran no worker request was pending (MapLibre's own idle condition:
 * every source re-laid out).
 * Every "drawn" or "settled" frame is then GPU-synchronised, because SwiftShader runs GL commands
 * asynchronously: a 1-pixel `readPixels` on every context waits for all queued work, and the time is taken
 * in the next animation frame callback.
 */
export interface ProbeConfig {
  /** 'app' drives the real UI; 'baseline' calls `window.benchPage`. */
  page: 'app' | 'baseline';
  /** The time to arcs is taken when an element's `data-arcs-drawn` equals this. */
  expectedArcs: number;
  /** App: index of the region chip to toggle. Baselines: index of the region in REGION_IDS. */
  region: number;
}

export interface ChangeTiming {
  /** `performance.now()` when the change was applied and when it had settled on screen. */
  startMs: number;
  endMs: number;
}

export interface FrameCount {
  seconds: number;
  /** Animation frames in which the arcs' context drew. */
  arcFrames: number;
  /** Animation frames the browser produced (a probe-owned rAF loop). */
  rafFrames: number;
  maxGapMs: number;
  /** Baselines: playback steps that settled on screen within the window. */
  settledSteps: number;
}

/** The page API of a baseline (bench/baselines/common.ts implements it). */
export interface BaselinePageApi {
  toggleRegion(regionIndex: number): void;
  setYearTo(year: number | null): void;
  yearDomain: readonly [number, number] | null;
  arcsCanvas(): HTMLCanvasElement | null;
}

export interface BenchProbe {
  readonly config: ProbeConfig;
  /** ms since navigation start of the first GPU-synchronised frame that drew all arcs. */
  timeToArcsMs: number | null;
  /** Every distinct `data-arcs-drawn` value seen, for diagnosis when the expected one never comes. */
  arcsDrawnSeen: string[];
  /** Types of the worker requests still waiting for a response. */
  pendingWorkerRequests(): string[];
  /** Marks the start of a change; the next {@link settled} resolves once it shows. */
  arm(): void;
  /** Like {@link arm}, but the change starts at the next keydown (a trusted key press from the runner). */
  armOnNextKeydown(): void;
  settled(): Promise<ChangeTiming>;
  /** One region filter change through the page's own mechanism (a chip click in the app). */
  toggleRegion(): void;
  /**
   * Arms a change that changes nothing: the next animation frame issues one draw of zero vertices on the
   * arcs' context. Its main-thread time is what the measurement costs by itself (the probe, one frame, the
   * settling), a floor under every page's change.
   */
  armEmptyChange(): void;
  /** `count` region changes, letting a frame render after every `batch` of them. */
  repeatRegionToggles(count: number, batch: number): Promise<void>;
  /** App: focuses the upper year handle of the time slider, for keyboard steps. */
  focusYearToHandle(): void;
  /** App: plays the years at `speed` (a value of the speed menu), looping, through the time slider's controls. */
  startAppPlayback(speed: string): void;
  stopAppPlayback(): void;
  /** Counts frames for `ms`; baselines step the year range forward whenever the previous step showed. */
  countFrames(ms: number, stepBaselinePlayback: boolean): Promise<FrameCount>;
}

declare global {
  interface Window {
    __benchProbe: BenchProbe;
    benchPage?: BaselinePageApi;
  }
}

export function installBenchProbe(config: ProbeConfig): void {
  const originalRaf = window.requestAnimationFrame.bind(window);
  const contexts = new Map<HTMLCanvasElement | OffscreenCanvas, WebGLRenderingContext>();
  const drewThisCallback = new Set<WebGLRenderingContext>();
  const pending = new Map<string, string>();
  const arcsDrawnSeen: string[] = [];
  let arcsContextOverride: WebGLRenderingContext | null = null;

  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const context = (originalGetContext as (...a: unknown[]) => unknown).apply(this, args);
    const kind = args[0];
    if (context && (kind === 'webgl2' || kind === 'webgl' || kind === 'experimental-webgl'))
      contexts.set(this, context as WebGLRenderingContext);
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;

  const drawCalls = [
    'drawArrays',
    'drawElements',
    'drawArraysInstanced',
    'drawElementsInstanced',
    'drawRangeElements',
  ];
  for (const prototype of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const methods = prototype as unknown as Record<string, unknown>;
    for (const name of drawCalls) {
      const original = methods[name];
      if (typeof original !== 'function') continue;
      methods[name] = function (this: WebGLRenderingContext, ...args: unknown[]) {
        drewThisCallback.add(this);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }

  const OriginalWorker = window.Worker;
  class TrackedWorker extends OriginalWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { id?: unknown; type?: unknown } | null;
        if (data && data.type === '<response>' && typeof data.id === 'string') pending.delete(data.id);
      });
    }
    override postMessage(message: unknown, ...rest: unknown[]): void {
      const data = message as { id?: unknown; type?: unknown } | null;
      if (data && typeof data.id === 'string' && typeof data.type === 'string') {
        if (data.type === '<cancel>') pending.delete(data.id);
        else if (data.type !== '<response>') pending.set(data.id, data.type);
      }
      (super.postMessage as (...a: unknown[]) => void)(message, ...rest);
    }
  }
  window.Worker = TrackedWorker;

  /**
   * The context the arcs draw into: the baseline's declared canvas; in the app its own arcs canvas
   * (`data-arcs-canvas`) when it has one, else MapLibre's, where a custom layer draws them.
   */
  function arcsContext(): WebGLRenderingContext | null {
    if (arcsContextOverride) return arcsContextOverride;
    const declared =
      config.page === 'baseline'
        ? window.benchPage?.arcsCanvas()
        : document.querySelector<HTMLCanvasElement>('canvas[data-arcs-canvas]');
    const canvas = declared ?? document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const context = canvas ? (contexts.get(canvas) ?? null) : null;
    // MapLibre's canvas is not remembered: an arcs canvas may still come.
    if (context && declared) arcsContextOverride = context;
    return context;
  }

  const pixel = new Uint8Array(4);
  function syncGpu(): void {
    for (const context of contexts.values()) {
      if (context.isContextLost()) continue;
      if (context instanceof WebGL2RenderingContext) {
        const readBinding = context.getParameter(context.READ_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
        const packBinding = context.getParameter(context.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null;
        if (readBinding) context.bindFramebuffer(context.READ_FRAMEBUFFER, null);
        if (packBinding) context.bindBuffer(context.PIXEL_PACK_BUFFER, null);
        context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
        if (readBinding) context.bindFramebuffer(context.READ_FRAMEBUFFER, readBinding);
        if (packBinding) context.bindBuffer(context.PIXEL_PACK_BUFFER, packBinding);
      } else {
        context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
      }
    }
  }

  /** Synchronises the GPU now and resolves with the time of the next animation frame callback. */
  function syncAndStamp(): Promise<number> {
    syncGpu();
    return new Promise((resolve) => originalRaf(() => resolve(performance.now())));
  }

  interface Armed {
    startMs: number;
    resolve: (timing: ChangeTiming) => void;
    promise: Promise<ChangeTiming>;
    isWaitingForKey: boolean;
    isDone: boolean;
  }
  let armed: Armed | null = null;
  let counting: { arcFrames: number; lastFrameTime: number } | null = null;

  function createArmed(isWaitingForKey: boolean): Armed {
    let resolve: (timing: ChangeTiming) => void = () => undefined;
    const promise = new Promise<ChangeTiming>((done) => (resolve = done));
    return { startMs: performance.now(), resolve, promise, isWaitingForKey, isDone: false };
  }

  function startChange(change: Armed): void {
    change.startMs = performance.now();
    change.isWaitingForKey = false;
    performance.mark('bench-change-start');
  }

  function afterCallback(frameTime: number, beganMs: number): void {
    const context = arcsContext();
    const drewArcs = context !== null && drewThisCallback.has(context);
    drewThisCallback.clear();
    if (drewArcs && counting && counting.lastFrameTime !== frameTime) {
      counting.arcFrames += 1;
      counting.lastFrameTime = frameTime;
    }
    const change = armed;
    if (!change || change.isDone || change.isWaitingForKey || !drewArcs || beganMs < change.startMs) return;
    // MapLibre posts some worker requests from promise continuations of the frame: look once they ran.
    setTimeout(() => {
      if (change.isDone || pending.size > 0 || armed !== change) return;
      change.isDone = true;
      // The page's own work ends here; what follows is the benchmark's GPU synchronisation.
      performance.mark('bench-change-drawn');
      void syncAndStamp().then((endMs) => {
        performance.mark('bench-change-end');
        change.resolve({ startMs: change.startMs, endMs });
      });
    }, 0);
  }

  window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
    originalRaf((frameTime) => {
      const beganMs = performance.now();
      drewThisCallback.clear();
      try {
        callback(frameTime);
      } finally {
        afterCallback(frameTime, beganMs);
      }
    });

  let arcsDrawnResolved = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const value = (record.target as Element).getAttribute('data-arcs-drawn');
      if (value === null) continue;
      if (!arcsDrawnSeen.includes(value)) arcsDrawnSeen.push(value);
      if (!arcsDrawnResolved && value === String(config.expectedArcs)) {
        arcsDrawnResolved = true;
        void syncAndStamp().then((time) => (probe.timeToArcsMs = time));
      }
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-arcs-drawn'] });

  function regionChip(): HTMLButtonElement {
    const chips = document.querySelectorAll<HTMLButtonElement>(
      'section[aria-labelledby="filter-regions"] .chips button',
    );
    const chip = chips[config.region];
    if (!chip) throw new Error(`no region chip #${config.region} (found ${chips.length})`);
    return chip;
  }

  function playButton(): HTMLButtonElement {
    const button = document.querySelector<HTMLButtonElement>('.time-controls button.play');
    if (!button) throw new Error('no play button');
    return button;
  }

  function baselinePage(): BaselinePageApi {
    if (!window.benchPage) throw new Error('this page has no window.benchPage');
    return window.benchPage;
  }

  const nextFrame = () => new Promise<void>((resolve) => originalRaf(() => resolve()));

  const probe: BenchProbe = {
    config,
    timeToArcsMs: null,
    arcsDrawnSeen,
    pendingWorkerRequests: () => [...pending.values()],
    arm() {
      armed = createArmed(false);
      startChange(armed);
    },
    armOnNextKeydown() {
      const change = createArmed(true);
      armed = change;
      window.addEventListener('keydown', () => startChange(change), { capture: true, once: true });
    },
    settled() {
      if (!armed) return Promise.reject(new Error('settled() before arm()'));
      return armed.promise;
    },
    armEmptyChange() {
      const context = arcsContext();
      if (!context) throw new Error('no arcs context');
      probe.arm();
      window.requestAnimationFrame(() => context.drawArrays(context.POINTS, 0, 0));
    },
    toggleRegion() {
      if (config.page === 'app') regionChip().click();
      else baselinePage().toggleRegion(config.region);
    },
    async repeatRegionToggles(count, batch) {
      for (let done = 0; done < count; done++) {
        probe.toggleRegion();
        if ((done + 1) % batch === 0) await nextFrame();
      }
    },
    focusYearToHandle() {
      const handles = document.querySelectorAll<HTMLInputElement>('.time-slider input[type="range"]');
      const handle = handles[handles.length - 1];
      if (!handle) throw new Error('no time slider handle');
      handle.focus();
    },
    startAppPlayback(speed) {
      const select = document.querySelector<HTMLSelectElement>('.time-controls select');
      const loop = document.querySelector<HTMLInputElement>('.time-controls input[type="checkbox"]');
      if (!select || !loop) throw new Error('no playback controls');
      // React tracks the value it last rendered; the native setter makes the change visible to it.
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, speed);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      if (!loop.checked) loop.click();
      playButton().click();
    },
    stopAppPlayback() {
      playButton().click();
    },
    async countFrames(ms, stepBaselinePlayback) {
      const startMs = performance.now();
      let rafFrames = 0;
      let maxGapMs = 0;
      let settledSteps = 0;
      counting = { arcFrames: 0, lastFrameTime: -1 };
      let isRunning = true;
      if (stepBaselinePlayback) {
        const page = baselinePage();
        const domain = page.yearDomain;
        if (!domain) throw new Error('no year domain to play');
        void (async () => {
          let year = domain[0];
          while (isRunning) {
            probe.arm();
            page.setYearTo(year);
            await probe.settled();
            if (isRunning) settledSteps += 1;
            year = year >= domain[1] ? domain[0] : year + 1;
          }
        })();
      }
      let last = startMs;
      while (performance.now() - startMs < ms) {
        await nextFrame();
        const now = performance.now();
        rafFrames += 1;
        maxGapMs = Math.max(maxGapMs, now - last);
        last = now;
      }
      isRunning = false;
      const seconds = (performance.now() - startMs) / 1000;
      const arcFrames = counting.arcFrames;
      counting = null;
      return { seconds, arcFrames, rafFrames, maxGapMs, settledSteps };
    },
  };
  window.__benchProbe = probe;
}
