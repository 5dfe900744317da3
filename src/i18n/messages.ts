import type { ClaimKind, RegionId, RelationType, SignerLevel } from '../data/index.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Every UI string, in one shape that both languages must satisfy: a missing string is a compile error. */
export interface Messages {
  appTitle: string;
  appSubtitle: string;
  languageToggle: string;
  languageName: string;
  loading: string;
  loadFailed: (reason: string) => string;
  mapLabel: string;
  /** Shown on keyboard focus only, before the header. */
  skipLinks: { label: string; toMap: string; toPanel: string };
  /** MapLibre's own buttons. */
  mapControls: { zoomIn: string; zoomOut: string; toggleAttribution: string };
  projection: { label: string; mercator: string; globe: string };
  flowToggle: string;
  /** Why the flow toggle is off and disabled under prefers-reduced-motion. */
  flowOffForReducedMotion: string;
  bilingualLabels: string;
  hubsHeading: string;
  hubLinks: (links: number, countries: number) => string;
  documentedOfClaimed: (documented: number, claimed: number, kind: ClaimKind, asOf: string) => string;
  filters: { regions: string; relations: string; levels: string; reset: string; fit: string };
  time: {
    heading: string;
    from: string;
    to: string;
    range: (from: number, to: number) => string;
    play: string;
    pause: string;
    speed: string;
    loop: string;
    undated: (count: string) => string;
  };
  list: {
    heading: string;
    search: string;
    searchPlaceholder: string;
    sortBy: string;
    sortDate: string;
    sortName: string;
    count: (count: number) => string;
  };
  legendHeading: string;
  relation: Record<RelationType, string>;
  relationHint: Record<RelationType, string>;
  level: Record<SignerLevel, string>;
  region: Record<RegionId, string>;
  countyLighter: string;
  card: {
    close: string;
    country: string;
    region: string;
    signer: string;
    relation: string;
    signed: string;
    status: string;
    confidence: string;
    sources: string;
    note: string;
    linksToPartner: (count: number) => string;
  };
  dateUnknown: string;
  status: Record<'active' | 'unclear' | 'ended', string>;
  confidence: Record<'high' | 'medium' | 'low', string>;
  summary: (partners: number, countries: number, regions: number) => string;
  mapDescription: (partners: number, countries: number, hubs: string) => string;
  dataSource: string;
  share: {
    button: string;
    title: string;
    linkLabel: string;
    snippetLabel: string;
    snippetHint: string;
    copy: string;
    copied: string;
    copyFailed: string;
    close: string;
  };
  embed: {
    showPanel: string;
    openFullMap: string;
  };
  dataFiles: {
    open: string;
    openHint: string;
    dropHint: string;
    reading: string;
    customBanner: (fileNames: string) => string;
    siteFileBanner: (url: string) => string;
    backToOfficial: string;
    refused: (url: string) => string;
    problemsHeading: (errors: number) => string;
    problemAt: (file: string, line: number, column: string | null) => string;
    /** Between where a problem is and what it is (`issue-texts.ts` words what it is). */
    problemSeparator: string;
    moreProblems: (count: number) => string;
    dismiss: string;
  };
  /** Present mode (`?mode=present`): the story on a projector. */
  present: {
    enter: string;
    overlay: string;
    toolbar: string;
    stepOf: (step: number, total: number) => string;
    previous: string;
    next: string;
    fullscreen: string;
    exit: string;
    storyFailed: (reason: string) => string;
  };
  /** The projector theme switch (`theme=projector`). */
  projectorTheme: string;
  /** Export of the current view as a PNG file. */
  exportImage: {
    button: string;
    screen: string;
    uhd: string;
    working: string;
    failed: (reason: string) => string;
    signed: (range: string) => string;
    signedWithUndated: (range: string) => string;
    source: (basemap: string) => string;
  };
  /** The kiosk's attract loop; the kiosk shows both languages at once. */
  attract: {
    tour: string;
    countdown: (seconds: number) => string;
    keepExploring: string;
    touchToExplore: string;
    signings: (year: number, hub: string, newPartners: number) => string;
    overview: (hubs: string, partners: number, countries: number) => string;
    hub: (hub: string, partners: number, countries: number) => string;
    region: (region: string, partners: number, countries: number) => string;
  };
}
