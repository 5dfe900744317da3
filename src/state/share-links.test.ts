import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, shareUrl } from './share-links.ts';

const PAGE = 'https://wb.example.gov.cn/map/?lang=en&hubs=liaocheng&mode=kiosk&idle=30#top';

describe('share links', () => {
  it('shares the view without kiosk or presentation parameters', () => {
    expect(shareUrl(PAGE)).toBe('https://wb.example.gov.cn/map/?lang=en&hubs=liaocheng');
  });

  it('embeds the same view with minimal chrome', () => {
    expect(embedUrl(PAGE)).toBe('https://wb.example.gov.cn/map/?lang=en&hubs=liaocheng&embed=1');
  });

  it('writes an iframe with a title and no inline style, escaping attributes', () => {
    const snippet = iframeSnippet('https://x.example/?a=1&b="2"', 'Map <of> "links"');
    expect(snippet).toContain('src="https://x.example/?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).toContain('title="Map &lt;of&gt; &quot;links&quot;"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).not.toContain('style=');
  });
});
