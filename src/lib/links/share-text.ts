/** What support agents copy from an article: its short link, and a ready-to-paste reply snippet. */

export interface ShareTarget {
  /** Public origin, e.g. https://help.example.com */
  site: string;
  id: number;
  title: string;
  description: string;
  /** A section of the article, when the agent copies from a heading. */
  section?: { id: string; title: string } | undefined;
  /** The language of the page copied from, when it is not the source's (`fr`): the link keeps it. */
  lang?: string | undefined;
}

/**
 * `https://help.example.com/1007#restore-from-mail-service`: short, and it survives renames. Copied
 * from a French page, `https://help.example.com/fr/1007#…`: the customer gets the page the agent read.
 */
export function shortLink(t: Pick<ShareTarget, 'site' | 'id' | 'section' | 'lang'>): string {
  return `${t.site.replace(/\/$/, '')}${t.lang ? `/${t.lang}` : ''}/${t.id}${t.section ? `#${t.section.id}` : ''}`;
}

/**
 * Plain text to paste into a support reply:
 * ```
 * Restore deleted emails › Restore from the Mail Service
 * Recover emails deleted in the last 7 days from the daily backups of your mailbox.
 * https://help.example.com/1007#restore-from-mail-service
 * ```
 */
export function replyText(t: ShareTarget): string {
  const heading = t.section ? `${t.title} › ${t.section.title}` : t.title;
  return `${heading}\n${t.description}\n${shortLink(t)}`;
}
