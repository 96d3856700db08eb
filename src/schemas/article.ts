import { z } from 'astro/zod';

/**
 * Text that YAML may read as a number (`587`, `535`): authors write codes and ports unquoted, and
 * they mean the text, so numbers are accepted and turned into strings.
 */
const Text = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1));

/** An anchor id inside an article: the same alphabet as slugs. */
const AnchorSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use the pinned id of a heading, e.g. "mailbox-full"');

/**
 * An error code or message that an article explains. The error index (/errors/) and the bounce
 * analyzer are built from these, so each one says where it is explained and what it means.
 */
export const ArticleErrorSchema = z
  .object({
    /** SMTP reply and/or enhanced status code, or an Outlook hex code, as printed: "550 5.1.1", "0x800CCC0E". */
    code: Text.optional(),
    /** The message as the customer sees it, verbatim: "Mailbox disk quota exceeded". */
    message: z.string().min(1).optional(),
    /** Pinned id of the heading in this article that explains it. */
    section: AnchorSchema,
    /** One line in plain words. */
    meaning: z.string().min(1).max(200),
  })
  .refine((e) => e.code !== undefined || e.message !== undefined, {
    message: 'give the error a "code", a "message" or both',
  });

/**
 * Short link path: `/restore-emails`. A leading slash, then lowercase words joined by dashes.
 * Purely numeric aliases are refused: numbers are article ids.
 */
export const AliasSchema = z
  .string()
  .regex(/^\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write an alias as a path such as "/restore-emails"')
  .refine((a) => !/^\/\d+$/.test(a), { message: 'numeric short links are article ids; pick a word' });

/** Frontmatter of `content/articles/<topic>/<slug>.mdx`. */
export const ArticleSchema = z
  .object({
    /** Permanent, unique id: the short link `/ID`. Never reused, even after the article is retired. */
    id: z.number().int().positive(),
    /** The question or task, as the customer would say it. */
    title: z.string().min(1).max(120, 'at most 120 characters: shorten it'),
    /** One sentence, at most 200 characters: shown in search results and the meta description. */
    description: z.string().min(1).max(200, 'at most 200 characters, one sentence: shorten it'),
    /** Slug of a topic in `content/topics.yaml`. Checked against the topics when pages are built. */
    topic: z.string().min(1),
    /** Position within the topic (1 = most important); unordered articles follow, by title. */
    order: z.number().int().positive().optional(),
    /** Words customers type that the text may not contain: synonyms, product names, error codes. */
    keywords: z.array(Text).default([]),
    /** Extra short links, e.g. "/restore-emails". */
    aliases: z.array(AliasSchema).default([]),
    /** Error codes and messages the article explains. */
    errors: z.array(ArticleErrorSchema).default([]),
    /**
     * Old anchors that must keep working after a section was renamed, split or merged:
     * `{ old-id: id-of-the-section-that-covers-it-now }`. Links to `#old-id` land on that section.
     */
    anchorAliases: z.record(AnchorSchema, AnchorSchema).default({}),
    /** Ids of related articles. */
    related: z.array(z.number().int().positive()).default([]),
    /** Last meaningful update; defaults to the date of the file's last commit. */
    updated: z.coerce.date().optional(),
    /** Drafts are built by `npm run dev` only, never in production. */
    draft: z.boolean().default(false),
  })
  .strict();

export type ArticleData = z.infer<typeof ArticleSchema>;
export type ArticleError = z.infer<typeof ArticleErrorSchema>;

/**
 * Frontmatter of a translation, `translations/<lang>/<topic>/<slug>.mdx`: what is said in the language.
 * Where the article lives and what it links to (topic, order, short links, related articles, anchor
 * aliases) belong to the source article, so a translation cannot state them (`.strict()`).
 */
export const TranslationSchema = z
  .object({
    /** The id of the article it translates. */
    id: z.number().int().positive(),
    /** The source's revision it was translated from (`content/revisions.json`). */
    sourceRevision: z.number().int().positive(),
    title: ArticleSchema.shape.title,
    description: ArticleSchema.shape.description,
    keywords: ArticleSchema.shape.keywords,
    /** The source's errors, in the same order, each with its `meaning` in the language (the check compares them). */
    errors: ArticleSchema.shape.errors,
    updated: ArticleSchema.shape.updated,
    /** An unfinished translation: built by `npm run dev` only. */
    draft: ArticleSchema.shape.draft,
  })
  .strict();

export type TranslationData = z.infer<typeof TranslationSchema>;
