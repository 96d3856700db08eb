import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { ArticleSchema } from './schemas/article.ts';
import { TopicSchema } from './schemas/topic.ts';
import { contentDir } from './site.config.ts';

const articles = defineCollection({
  loader: glob({ pattern: 'articles/**/*.mdx', base: path.resolve(contentDir) }),
  schema: ArticleSchema,
});

const topics = defineCollection({
  loader: file(path.resolve(contentDir, 'topics.yaml')),
  schema: TopicSchema,
});

export const collections = { articles, topics };
