import { formatInteger, pluralRules } from './format.ts';
import type { Messages } from './messages.ts';

const plural = pluralRules('en');
const CLAIM_KIND_EN = {
  partners: 'partner cities',
  countries: 'countries',
  sister: 'sister cities',
  partner: 'friendly-exchange cities',
  intent: 'letters of intent',
} as const;
const count = (n: number, one: string, other: string): string =>
  `${formatInteger(n, 'en')} ${plural.select(n) === 'one' ? one : other}`;

export const en: Messages = {
  appTitle: 'Sister-city map',
  appSubtitle: 'International friendship cities of Daqing, Jinzhong, Liaocheng and Chongqing',
  languageToggle: '切换到中文',
  languageName: 'English',
  loading: 'Loading data…',
  loadFailed: (reason) => `Could not load the data: ${reason}`,
  mapLabel: 'Map of sister-city links',
  skipLinks: { label: 'Skip links', toMap: 'Skip to the map', toPanel: 'Skip to filters and partner list' },
  mapControls: { zoomIn: 'Zoom in', zoomOut: 'Zoom out', toggleAttribution: 'Map sources' },
  projection: { label: 'Projection', mercator: 'Flat', globe: 'Globe' },
  flowToggle: 'Flow animation',
  flowOffForReducedMotion: 'Off: your system asks for reduced motion',
  bilingualLabels: 'Bilingual place names',
  hubsHeading: 'Chinese cities',
  hubLinks: (links, countries) =>
    `${count(links, 'partner', 'partners')} · ${count(countries, 'country', 'countries')}`,
  documentedOfClaimed: (documented, claimed, kind, asOf) =>
    `${documented} of ${claimed} ${CLAIM_KIND_EN[kind]} documented (official figure, ${asOf})`,
  filters: {
    regions: 'Regions',
    relations: 'Relation types',
    levels: 'Signing level',
    reset: 'Reset filters',
    fit: 'Fit map to selection',
  },
  time: {
    heading: 'Year signed',
    from: 'From year',
    to: 'To year',
    range: (from, to) => `${from}–${to}`,
    play: '▶ Play',
    pause: '⏸ Pause',
    speed: 'Speed',
    loop: 'Loop',
    undated: (count) => `Include links with unknown dates (${count})`,
  },
  list: {
    heading: 'Partner cities',
    search: 'Search partner cities',
    searchPlaceholder: 'Chinese, English or local name',
    sortBy: 'Sort',
    sortDate: 'by date signed',
    sortName: 'by name',
    count: (n) => count(n, 'partner city', 'partner cities'),
  },
  legendHeading: 'Legend',
  relation: { sister: 'Sister city', partner: 'Friendly-cooperation city', intent: 'Letter of intent' },
  relationHint: { sister: 'solid', partner: 'dashed', intent: 'dotted' },
  level: { prefecture: 'City level', county: 'County/district level' },
  region: {
    'east-asia': 'East Asia',
    'southeast-asia': 'Southeast Asia',
    'south-asia': 'South Asia',
    'central-asia': 'Central Asia',
    'west-asia': 'West Asia',
    europe: 'Europe',
    africa: 'Africa',
    'north-america': 'North America',
    'latin-america': 'Latin America',
    oceania: 'Oceania',
  },
  countyLighter: 'County-level links are drawn lighter',
  card: {
    close: 'Close',
    country: 'Country',
    region: 'Region',
    signer: 'Chinese signatory',
    relation: 'Relation',
    signed: 'Signed',
    status: 'Status',
    confidence: 'Confidence',
    sources: 'Sources',
    note: 'Note',
    linksToPartner: (n) => `${count(n, 'link', 'links')} with this city`,
  },
  dateUnknown: 'date unknown',
  status: { active: 'active', unclear: 'unclear', ended: 'ended' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  summary: (partners, countries, regions) =>
    `${count(partners, 'partner city', 'partner cities')} · ${count(countries, 'country', 'countries')} · ${count(regions, 'region', 'regions')}`,
  mapDescription: (partners, countries, hubs) =>
    `The map shows links from ${hubs} to ${count(partners, 'partner city', 'partner cities')} in ${count(countries, 'country', 'countries')}.`,
  dataSource: 'Data: compiled from public sources, each row with its source',
  share: {
    button: 'Share / embed',
    title: 'Share this view',
    linkLabel: 'Link to this view',
    snippetLabel: 'Embed code for a web page',
    snippetHint:
      'A responsive iframe with a title for screen readers; it needs no script or style on your page.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and press Ctrl+C',
    close: 'Close',
  },
  embed: {
    showPanel: 'Filters and list',
    openFullMap: 'Open the full map',
  },
  dataFiles: {
    open: 'Open your own data file…',
    openHint: 'CSV, TSV or JSON with the columns of data/links.tsv; nothing is uploaded.',
    dropHint: 'Drop the file to show it on the map',
    reading: 'Reading the file…',
    customBanner: (fileNames) => `Custom data (${fileNames}) — not the official dataset`,
    siteFileBanner: (url) => `Data from ${url} on this site — not the embedded dataset`,
    backToOfficial: 'Back to the official data',
    refused: (url) =>
      `The data address “${url}” was refused: only a file on this site can be shown. Showing the official data.`,
    problemsHeading: (errors) =>
      `${count(errors, 'problem', 'problems')} found; the map still shows the previous data`,
    problemAt: (file, line, column) =>
      column ? `${file}, line ${line}, column “${column}”` : `${file}, line ${line}`,
    problemSeparator: ': ',
    moreProblems: (n) => `…and ${count(n, 'more problem', 'more problems')}`,
    dismiss: 'Dismiss',
  },
  present: {
    enter: 'Present',
    overlay: 'Presentation',
    toolbar: 'Presentation controls',
    stepOf: (step, total) => `${step} / ${total}`,
    previous: 'Previous step (←)',
    next: 'Next step (→)',
    fullscreen: 'Full screen (F)',
    exit: 'Leave presentation (Esc)',
    storyFailed: (reason) => `Could not load the presentation: ${reason}`,
  },
  projectorTheme: 'Projector',
  exportImage: {
    button: 'Export image',
    screen: 'PNG, screen size',
    uhd: 'PNG, 3840×2160',
    working: 'Rendering the image…',
    failed: (reason) => `The image could not be made: ${reason}`,
    signed: (range) => `Links signed ${range}`,
    signedWithUndated: (range) => `Links signed ${range}, and links of unknown date`,
    source: (basemap) => `Data: sister-city dataset compiled from public sources · Basemap: ${basemap}`,
  },
  attract: {
    tour: 'Guided tour',
    countdown: (seconds) => `Guided tour starts in ${count(seconds, 'second', 'seconds')}`,
    keepExploring: 'Touch the screen to keep exploring',
    touchToExplore: 'Touch the screen to explore on your own',
    signings: (year, hub, newPartners) =>
      `${year} · ${hub} · ${count(newPartners, 'new partner city', 'new partner cities')}`,
    overview: (hubs, partners, countries) =>
      `${hubs}: ${count(partners, 'partner city', 'partner cities')} in ${count(countries, 'country', 'countries')}`,
    hub: (hub, partners, countries) =>
      `${hub} · ${count(partners, 'partner city', 'partner cities')} in ${count(countries, 'country', 'countries')}`,
    region: (region, partners, countries) =>
      `${region} · ${count(partners, 'partner city', 'partner cities')} in ${count(countries, 'country', 'countries')}`,
  },
};
