/**
 * What the rendered articles say about each other: the anchors every article ends up with, and every
 * cross-link with its position. A link's anchor can only be checked once its target is rendered, so
 * the content check records here while it renders, and the build fills one from the render cache
 * (`registryOf`); `anchorProblems` is asked once every article is rendered.
 */
import path from 'node:path';
import { closest, type Problem } from '../problems.ts';

export interface RecordedLink {
  /** Absolute path of the article that contains the link. */
  from: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The link as written: `/1003#spf-failure`. */
  raw: string;
  targetId: number;
  /** Absolute path of the target article. */
  targetFile: string;
  anchor: string;
}

export class LinkRegistry {
  readonly anchors = new Map<string, Set<string>>();
  readonly links = new Map<string, RecordedLink[]>();

  /** Records the ids an article ends up with (replacing an earlier compile of the same file). */
  setAnchors(file: string, ids: Iterable<string>): void {
    this.anchors.set(file, new Set(ids));
  }

  /** Records the cross-links of an article (replacing an earlier compile of the same file). */
  setLinks(file: string, links: RecordedLink[]): void {
    this.links.set(file, links);
  }

  /** Every link whose anchor does not exist in its (compiled) target, with a did-you-mean hint. */
  anchorProblems(root = process.cwd()): Problem[] {
    const problems: Problem[] = [];
    for (const links of this.links.values()) {
      for (const link of links) {
        const ids = this.anchors.get(link.targetFile);
        if (!ids || ids.has(link.anchor)) continue;
        const guess = closest(link.anchor, ids);
        problems.push({
          file: path.relative(root, link.from), line: link.line, column: link.column,
          message: link.targetFile === link.from
            ? `Link \`${link.raw}\`: this article has no section \`#${link.anchor}\``
            : `Link \`${link.raw}\`: article ${link.targetId} has no section \`#${link.anchor}\``,
          hint: guess
            ? `did you mean \`#${guess}\`?`
            : ids.size > 0
              ? `link to one of its sections: ${[...ids].slice(0, 8).map((i) => `#${i}`).join(', ')}`
              : 'it has no sections to link to: link to the article itself',
        });
      }
    }
    return problems;
  }
}

/** A registry of what rendered articles recorded (the render cache's index holds it per article). */
export function registryOf(articles: Iterable<{ file: string; anchors: Iterable<string>; links: RecordedLink[] }>): LinkRegistry {
  const registry = new LinkRegistry();
  for (const a of articles) {
    registry.setAnchors(a.file, a.anchors);
    registry.setLinks(a.file, a.links);
  }
  return registry;
}
