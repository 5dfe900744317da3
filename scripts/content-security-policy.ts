/**
 * The Content-Security-Policy the app runs under: no inline script or style, no eval, nothing from another
 * origin. `vite preview` (and so every e2e test) serves it; README shows it for sites to copy. `blob:` is for
 * MapLibre's image decoding and the PNG export; `data:` for small images in the style.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
