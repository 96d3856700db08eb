import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { TopicSchema } from './schemas/topic.ts';
import { contentDir } from './site.config.ts';

const articles = defineCollection({
  loader: glob({ pattern: 'articles/**/*.mdx', base: `./${contentDir}` }),
  schema: ArticleSchema,
});

const topics = defineCollection({
  loader: file(`./${contentDir}/topics.yaml`),
  schema: TopicSchema,
});

export const collections = { articles, topics };
