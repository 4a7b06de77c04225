/**
 * RSS feed of the news. News is German, so German is the only language with a feed.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '../../content-queries';
import { useTranslations } from '../../i18n';

export async function GET(context: APIContext) {
  const t = useTranslations('de');
  const news = await getNews();
  return rss({
    title: `${t('news.title')} – ${t('site.name')}`,
    description: t('news.intro'),
    site: context.site ?? 'http://localhost:4321',
    items: news.map((post) => ({
      title: post.data.title,
      description: post.data.summary,
      pubDate: post.data.date,
      link: `/aktuelles/${post.id}/`,
      categories: post.data.tags,
    })),
    customData: '<language>de-de</language>',
  });
}
