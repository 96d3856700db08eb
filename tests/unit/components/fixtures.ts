import type { ArticleSummary, TopicView } from '../../../src/lib/content/catalog.ts';

export function article(id: number, title: string, description = `About ${title.toLowerCase()}.`): ArticleSummary {
  return { id, title, description, topic: 'backups', slug: title.toLowerCase().replace(/\W+/g, '-'), url: `/${id}` };
}

export function topic(slug: string, title: string, articles: ArticleSummary[]): TopicView {
  return { slug, title, description: `Everything about ${title.toLowerCase()}.`, order: 1, url: `/${slug}/`, articles };
}
