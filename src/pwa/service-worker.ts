/*
 * The app's service worker: precaches the built app shell and assets so the map works with the network
 * unplugged after the first visit. Built by scripts/precache-plugin.ts, which prepends the precache list
 * and its version; registered relative to the page, so it works under any sub-path.
 *
 * A classic script (not a module) for the widest support, so its declarations are globals: hence the
 * `sw`-prefixed names.
 */

/** Set by the build: a hash of every precached file, so any change installs a new cache. */
declare const PRECACHE_VERSION: string;
/** Set by the build: every file of dist/ except source maps and this worker, relative to the scope. */
declare const PRECACHE_URLS: readonly string[];

interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface SwGlobalScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}

const sw = globalThis as unknown as SwGlobalScope;
const SW_CACHE_PREFIX = 'sister-city-arcs-';
const SW_CACHE_NAME = `${SW_CACHE_PREFIX}${PRECACHE_VERSION}`;
const SW_APP_SHELL = 'index.html';
/** Operator settings meant to change without a rebuild: fresh from the network, the cache only offline. */
const SW_NETWORK_FIRST = new Set(['app-config.json']);
const swPrecached = new Set(PRECACHE_URLS);

const swScopeUrl = (path: string) => new URL(path, sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SW_CACHE_NAME)
      .then((cache) =>
        cache.addAll(PRECACHE_URLS.map((path) => new Request(swScopeUrl(path), { cache: 'reload' }))),
      )
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SW_CACHE_PREFIX) && name !== SW_CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

async function swFromCache(path: string, request: Request): Promise<Response> {
  const cached = await caches.match(swScopeUrl(path), { cacheName: SW_CACHE_NAME });
  return cached ?? fetch(request);
}

async function swFromNetwork(path: string, request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SW_CACHE_NAME);
      await cache.put(swScopeUrl(path), response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(swScopeUrl(path), { cacheName: SW_CACHE_NAME });
    if (cached) return cached;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const scope = sw.registration.scope;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.href.startsWith(scope)) return;
  const path = url.pathname.slice(new URL(scope).pathname.length);
  // Every page of the app is index.html with a query string (?mode=kiosk&lang=en…).
  if (request.mode === 'navigate' && (path === '' || path === SW_APP_SHELL)) {
    event.respondWith(swFromCache(SW_APP_SHELL, request));
  } else if (SW_NETWORK_FIRST.has(path)) {
    event.respondWith(swFromNetwork(path, request));
  } else if (swPrecached.has(path)) {
    event.respondWith(swFromCache(path, request));
  }
});
