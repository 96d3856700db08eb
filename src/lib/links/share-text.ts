/** What support agents copy from an article: its short link, and a ready-to-paste reply snippet. */

export interface ShareTarget {
  /** Public origin, e.g. https://help.example.com */
  site: string;
  id: number;
  title: string;
  description: string;
  /** A section of the article, when the agent copies from a heading. */
  section?: { id: string; title: string } | undefined;
}

/** `https://help.example.com/1007#restore-from-mail-service`: short, and it survives renames. */
export function shortLink(t: Pick<ShareTarget, 'site' | 'id' | 'section'>): string {
  return `${t.site.replace(/\/$/, '')}/${t.id}${t.section ? `#${t.section.id}` : ''}`;
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
