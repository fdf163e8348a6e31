/** The page types the benchmark measures: one Danish page of each. */
export interface PageType {
  name: string;
  path: string;
}

export const pageTypes: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/artikler/relationer-ikke-visitkort/' },
  { name: 'article index', path: '/artikler/' },
  { name: 'search', path: '/soeg/' },
  { name: 'quiz', path: '/oevelser/hvad-vil-du/' },
  { name: 'group worksheet', path: '/oevelser/gruppens-formaal/' },
  { name: 'contact map', path: '/oevelser/netvaerkskort/' },
  { name: 'my data', path: '/mine-data/' },
  { name: 'workshop', path: '/workshop/' },
];

/** The search page and the queries typed into it (Danish words the articles use). */
export const searchPage = '/soeg/';
export const searchQueries = [
  'visitkort',
  'netværk',
  'relationer',
  'gruppe',
  'selvstændig',
  'kontakter',
  'formål',
  'tillid',
  'kaffe',
  'job',
];
