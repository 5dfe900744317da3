import { RELATION_TYPES } from '../data/index.ts';
import type { RelationType } from '../data/index.ts';
import { useMessages } from './store-context.tsx';

/** Dash patterns mirror the arc layer's: solid, dashed, dotted. */
const DASH: Record<RelationType, string | undefined> = { sister: undefined, partner: '8 5', intent: '1.5 4' };

export function Legend() {
  const messages = useMessages();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{messages.legendHeading}</h2>
      <ul>
        {RELATION_TYPES.map((relation) => (
          <li key={relation}>
            <svg width="44" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="42"
                y2="6"
                stroke="currentColor"
                strokeWidth="3"
                strokeLinecap="round"
                strokeDasharray={DASH[relation]}
              />
            </svg>
            <span>
              {messages.relation[relation]} <span className="muted">({messages.relationHint[relation]})</span>
            </span>
          </li>
        ))}
        <li>
          <svg width="44" height="12" aria-hidden="true">
            <line x1="2" y1="6" x2="42" y2="6" stroke="currentColor" strokeOpacity="0.45" strokeWidth="2" />
          </svg>
          <span>{messages.countyLighter}</span>
        </li>
      </ul>
    </section>
  );
}
