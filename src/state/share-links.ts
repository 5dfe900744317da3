/** URL parameters of a kiosk or a presentation: a shared link or an embed shows the plain view. */
const MODE_KEYS = ['mode', 'idle', 'reload', 'timescale', 'step'];

/** The current view as a link to share: the page's address without its mode parameters. */
export function shareUrl(pageHref: string): string {
  const url = new URL(pageHref);
  for (const key of MODE_KEYS) url.searchParams.delete(key);
  url.searchParams.delete('embed');
  url.hash = '';
  return url.href;
}

/** The same view for an iframe: minimal chrome (`embed=1`). */
export function embedUrl(pageHref: string): string {
  const url = new URL(shareUrl(pageHref));
  url.searchParams.set('embed', '1');
  return url.href;
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A responsive iframe for a municipal page: full width, a title for screen readers, and only attributes
 * (no inline style) so it also works on sites with a strict Content-Security-Policy.
 */
export function iframeSnippet(src: string, title: string, height = 600): string {
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="100%" height="${height}" loading="lazy"`,
    `  allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
  ].join('\n');
}
