import { useTranslations } from '../../i18n';
import { rssFeed } from '../../lib/content/rss';

export const GET = rssFeed('en', useTranslations('en'));
