import { z } from 'astro/zod';

/** One entry of `content/topics.yaml`, keyed by its slug. */
export const TopicSchema = z.object({
  /** Shown on the home page grid, the topic page and breadcrumbs. */
  title: z.string().min(1),
  /** One sentence, written for customers: what they will find in this topic. */
  description: z.string().min(1).max(200),
  /** Position on the home page (ascending). */
  order: z.number().int(),
});

export type Topic = z.infer<typeof TopicSchema>;

/** URL-safe slug: lowercase letters, digits and single dashes. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes, e.g. "email-delivery"');
