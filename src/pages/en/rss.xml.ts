import { rssFeed } from '../../lib/content/rss';

export const GET = rssFeed('en');
