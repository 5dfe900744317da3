import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatInteger } from '../i18n/index.ts';
import { selectFacetCounts } from '../state/facets.ts';
import { PLAYBACK_SPEEDS } from '../state/playback.ts';
import type { PlaybackSpeed } from '../state/playback.ts';
import { selectHubColors, selectHubs } from '../state/selectors.ts';
import { selectYearDomain, selectYearHistogram } from '../state/timeline.ts';
import { useActions, useAppStore, useAppStoreAfterFrame, useMessages } from './store-context.tsx';
import { YearHistogram } from './year-histogram.tsx';

/**
 * Two-handle year range over a histogram of signings, with play / speed / loop and the undated toggle.
 * While the data loads it is already there, its controls disabled: the map under it keeps its size when the
 * data arrives, rather than being laid out, resized and drawn again.
 */
export function TimeSlider() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const domain = useAppStore(selectYearDomain);
  const bins = useAppStoreAfterFrame(selectYearHistogram);
  const hubs = useAppStore(selectHubs);
  const colors = useAppStore(selectHubColors);
  const undatedCount = useAppStoreAfterFrame((state) => selectFacetCounts(state).undated);
  // These two only: the slider need not render again when a region or a hub is switched.
  const { yearFrom, yearTo } = useAppStore(
    useShallow(({ filters }) => ({ yearFrom: filters.yearFrom, yearTo: filters.yearTo })),
  );
  const playback = useAppStore((state) => state.playback);
  const isLoading = useAppStore((state) => state.data.kind === 'loading');
  const actions = useActions();
  if (!domain) return isLoading ? <WaitingTimeSlider /> : null;
  const [first, last] = domain;
  const from = yearFrom ?? first;
  const to = yearTo ?? last;
  const setFrom = (value: number) =>
    actions.setFilters({ yearFrom: value <= first ? null : Math.min(value, to) });
  const setTo = (value: number) =>
    actions.setFilters({ yearTo: value >= last ? null : Math.max(value, from) });
  // Space on a year handle plays or pauses; elsewhere it keeps its own meaning (toggling a checkbox…).
  const onKeyDown = (event: KeyboardEvent) => {
    const isYearHandle = event.target instanceof HTMLInputElement && event.target.type === 'range';
    if (event.key !== ' ' || !isYearHandle) return;
    event.preventDefault();
    actions.setPlaying(!playback.playing);
  };
  return (
    <section className="time-slider" aria-labelledby="time-heading" onKeyDown={onKeyDown}>
      <div className="time-header">
        <h2 id="time-heading">{messages.time.heading}</h2>
        <output className={playback.playing ? 'current-year playing' : 'current-year'} aria-live="off">
          {playback.playing ? to : messages.time.range(from, to)}
        </output>
      </div>
      <div className="range">
        <YearHistogram
          bins={bins}
          hubColors={hubs.map((hub) => colors.get(hub.id) ?? '#888')}
          from={from}
          to={to}
        />
        <input
          type="range"
          min={first}
          max={last}
          step={1}
          value={from}
          aria-label={messages.time.from}
          aria-valuetext={String(from)}
          onChange={(event) => setFrom(Number(event.target.value))}
        />
        <input
          type="range"
          min={first}
          max={last}
          step={1}
          value={to}
          aria-label={messages.time.to}
          aria-valuetext={String(to)}
          onChange={(event) => setTo(Number(event.target.value))}
        />
      </div>
      <TimeControls undatedCount={formatInteger(undatedCount, lang)} />
    </section>
  );
}

/** The slider's frame while the data loads: the same rows, nothing to choose yet. */
function WaitingTimeSlider() {
  const messages = useMessages();
  return (
    <section className="time-slider" aria-labelledby="time-heading" aria-busy="true">
      <div className="time-header">
        <h2 id="time-heading">{messages.time.heading}</h2>
        <output className="current-year">…</output>
      </div>
      <div className="range" />
      <TimeControls undatedCount="…" isDisabled />
    </section>
  );
}

/** Play / pause, speed, loop and the undated toggle. */
function TimeControls({ undatedCount, isDisabled = false }: { undatedCount: string; isDisabled?: boolean }) {
  const messages = useMessages();
  const playback = useAppStore((state) => state.playback);
  const includeUndated = useAppStore((state) => state.filters.includeUndated);
  const actions = useActions();
  return (
    <div className="time-controls">
      <button
        type="button"
        className="play"
        disabled={isDisabled}
        onClick={() => actions.setPlaying(!playback.playing)}
      >
        {playback.playing ? messages.time.pause : messages.time.play}
      </button>
      <label>
        {messages.time.speed}{' '}
        <select
          disabled={isDisabled}
          value={playback.speed}
          onChange={(event) => actions.setPlaybackSpeed(Number(event.target.value) as PlaybackSpeed)}
        >
          {PLAYBACK_SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          disabled={isDisabled}
          checked={playback.loop}
          onChange={(event) => actions.setPlaybackLoop(event.target.checked)}
        />
        {messages.time.loop}
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          disabled={isDisabled}
          checked={includeUndated}
          onChange={(event) => actions.setFilters({ includeUndated: event.target.checked })}
        />
        {messages.time.undated(undatedCount)}
      </label>
    </div>
  );
}
