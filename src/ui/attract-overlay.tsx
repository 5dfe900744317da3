import type { Hub } from '../data/index.ts';
import { formatList, LANGS, messagesFor } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { TourCaption } from '../state/attract-tour.ts';
import { selectHubs } from '../state/selectors.ts';
import { useAppStore } from './store-context.tsx';
import './kiosk.css';

function captionText(caption: TourCaption, lang: Lang, hubs: readonly Hub[]): string {
  const messages = messagesFor(lang).attract;
  const hubName = (id: string) => {
    const hub = hubs.find((candidate) => candidate.id === id);
    return hub ? (lang === 'zh' ? hub.nameZh : hub.nameEn) : id;
  };
  switch (caption.kind) {
    case 'signings':
      return messages.signings(caption.year, hubName(caption.hubId), caption.newPartners);
    case 'overview':
      return messages.overview(
        formatList(caption.hubIds.map(hubName), lang),
        caption.partners,
        caption.countries,
      );
    case 'hub':
      return messages.hub(hubName(caption.hubId), caption.partners, caption.countries);
    case 'region':
      return messages.region(messagesFor(lang).region[caption.region], caption.partners, caption.countries);
  }
}

const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** The same message in both languages, side by side (CSS puts a separator between them). */
function Bilingual({ text }: { text: (lang: Lang) => string }) {
  return LANGS.map((lang) => (
    <span key={lang} lang={htmlLang(lang)} className="attract-part">
      {text(lang)}
    </span>
  ));
}

/**
 * The kiosk's countdown and tour captions, in Chinese and English at once whatever the UI language: the
 * audience of an exhibition is mixed. It never takes a tap: any touch goes through to the page.
 */
export function AttractOverlay() {
  const attract = useAppStore((state) => state.attract);
  const hubs = useAppStore(selectHubs);
  if (attract.phase === 'countdown') {
    return (
      <div className="attract-overlay attract-countdown" role="status" data-testid="attract-countdown">
        <p className="attract-seconds" aria-hidden="true">
          {attract.secondsLeft}
        </p>
        {LANGS.map((lang) => (
          <p key={lang} lang={htmlLang(lang)} className={`attract-line attract-${lang}`}>
            {messagesFor(lang).attract.countdown(attract.secondsLeft)}
            <span className="attract-hint">{messagesFor(lang).attract.keepExploring}</span>
          </p>
        ))}
      </div>
    );
  }
  if (attract.phase !== 'running' || !attract.caption) return null;
  const { caption } = attract;
  return (
    <div
      className="attract-overlay attract-caption"
      role="status"
      data-testid="attract-caption"
      data-covers-map=""
    >
      <p className="attract-label">
        <Bilingual text={(lang) => messagesFor(lang).attract.tour} />
      </p>
      {LANGS.map((lang) => (
        <p key={lang} lang={htmlLang(lang)} className={`attract-line attract-${lang}`}>
          {captionText(caption, lang, hubs)}
        </p>
      ))}
      <p className="attract-hint">
        <Bilingual text={(lang) => messagesFor(lang).attract.touchToExplore} />
      </p>
    </div>
  );
}
