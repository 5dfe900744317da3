import type { TourCaption } from './attract-tour.ts';

/** The kiosk's attract loop as the UI shows it (and the root's `data-attract` attribute names it). */
export type AttractStatus =
  | { phase: 'idle' }
  | { phase: 'countdown'; secondsLeft: number }
  | { phase: 'running'; step: number; caption: TourCaption | null };

export type AttractPhase = AttractStatus['phase'];
