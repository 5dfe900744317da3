import type { Link } from '../data/index.ts';
import { formatSigningDate } from '../i18n/index.ts';
import type { Lang, Messages } from '../i18n/index.ts';
import { selectCountryNames, selectHubColors, selectHubs, selectLinksByPartner } from '../state/selectors.ts';
import { useActions, useAppStore, useMessages } from './store-context.tsx';

const isWebAddress = (source: string) => /^https?:\/\//i.test(source);

/** Details of one partner city: every link to it (several hubs or signers may share a partner). */
export function PartnerCard() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const countryNames = useAppStore(selectCountryNames);
  const pinned = useAppStore((state) => state.partner);
  const hovered = useAppStore((state) => state.hoveredPartner);
  const byPartner = useAppStore(selectLinksByPartner);
  const actions = useActions();
  const key = pinned ?? hovered;
  const links = key ? byPartner.get(key) : undefined;
  const first = links?.[0];
  if (!links || !first) return null;
  const primary = lang === 'zh' ? first.partnerZh || first.partnerEn : first.partnerEn || first.partnerZh;
  const secondary = [lang === 'zh' ? first.partnerEn : first.partnerZh, first.partnerNative].filter(
    (name) => name && name !== primary,
  );
  return (
    // A card shown for a hovered partner lets the pointer through: it may cover that very partner, and
    // taking the pointer would end the hover, hide the card and show it again, over and over.
    <aside
      className={pinned ? 'partner-card' : 'partner-card is-preview'}
      aria-labelledby="partner-card-title"
      data-testid="partner-card"
      data-covers-map=""
    >
      <header>
        <h2 id="partner-card-title">{primary}</h2>
        {pinned && (
          <button
            type="button"
            className="close"
            aria-label={messages.card.close}
            onClick={() => actions.selectPartner(null)}
          >
            ×
          </button>
        )}
      </header>
      {secondary.length > 0 && <p className="alt-names">{secondary.join(' · ')}</p>}
      <dl className="facts">
        <dt>{messages.card.country}</dt>
        <dd>{countryNames[first.countryIso2]?.[lang] ?? first.countryIso2}</dd>
        <dt>{messages.card.region}</dt>
        <dd>{messages.region[first.region]}</dd>
      </dl>
      <p className="muted">{messages.card.linksToPartner(links.length)}</p>
      <ol className="card-links">
        {links.map((link) => (
          <LinkDetails key={link.id} link={link} lang={lang} messages={messages} />
        ))}
      </ol>
    </aside>
  );
}

function LinkDetails({ link, lang, messages }: { link: Link; lang: Lang; messages: Messages }) {
  const hubs = useAppStore(selectHubs);
  // A kiosk has no way back from a foreign site (and may be offline): sources stay plain text there.
  const isKiosk = useAppStore((state) => state.mode.kind === 'kiosk');
  const colors = useAppStore(selectHubColors);
  const hub = hubs.find((candidate) => candidate.id === link.hubId);
  const unit = lang === 'zh' ? link.unitZh || link.unitEn : link.unitEn || link.unitZh;
  const date = formatSigningDate(link.date, lang);
  return (
    <li className="card-link" data-testid="card-link">
      <p className="card-link-hub">
        <span className="swatch" style={{ background: colors.get(link.hubId) }} aria-hidden="true" />
        {hub ? (lang === 'zh' ? hub.nameZh : hub.nameEn) : link.hubId}
      </p>
      <dl className="facts">
        <dt>{messages.card.signer}</dt>
        <dd>
          {unit} ({messages.level[link.level]})
        </dd>
        <dt>{messages.card.relation}</dt>
        <dd>{messages.relation[link.relation]}</dd>
        <dt>{messages.card.signed}</dt>
        <dd className={date ? undefined : 'unknown'}>{date ?? messages.dateUnknown}</dd>
        <dt>{messages.card.status}</dt>
        <dd>{messages.status[link.status]}</dd>
        <dt>{messages.card.confidence}</dt>
        <dd>{messages.confidence[link.confidence]}</dd>
      </dl>
      <details>
        <summary>
          {messages.card.sources} ({link.sources.length})
        </summary>
        <ul className="sources">
          {link.sources.map((source) => (
            <li key={source}>
              {isWebAddress(source) && !isKiosk ? (
                <a href={source} target="_blank" rel="noopener noreferrer">
                  {new URL(source).hostname}
                </a>
              ) : (
                source
              )}
            </li>
          ))}
        </ul>
        {link.note && (
          <p className="note">
            <strong>{messages.card.note}: </strong>
            {link.note}
          </p>
        )}
      </details>
    </li>
  );
}
