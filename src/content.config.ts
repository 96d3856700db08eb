import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import path from 'node:path';
import { articleLoader } from './loaders/articles.ts';
import { ArticleSchema, TranslationSchema } from './schemas/article.ts';
import { TopicSchema } from './schemas/topic.ts';
import { contentDir, site } from './site.config.ts';

const articles = defineCollection({
  // Each article rendered to HTML here, once, and again only when it changes (see loaders/articles.ts).
  loader: articleLoader({ contentDir, base: site.base }),
  schema: ArticleSchema,
});

// Their translations: `translations/<lang>/<topic>/<slug>.mdx`, rendered the same way, in their language.
const translations = defineCollection({
  loader: articleLoader({ contentDir, base: site.base, collection: 'translations' }),
  schema: TranslationSchema,
});

const topics = defineCollection({
  loader: file(path.resolve(contentDir, 'topics.yaml')),
  schema: TopicSchema,
});

export const collections = { articles, translations, topics };
