import { describe, expect, it } from 'vitest';
import { markOutdatedSections } from '../../../../src/lib/translations/outdated-notice.ts';
import { INTRO, markMinor, outdatedSections, revisionAdditions, sectionFingerprints, updateRevisions, type RevisionLedger } from '../../../../src/lib/translations/revisions.ts';

const article = (restored: string) => `Intro text.\n\n## Restored {#restored}\n\n${restored}\n\n### Not restored {#not-restored}\n\nThe calendar.\n\n\`\`\`\n## not a heading {#fake}\n\`\`\`\n`;

describe('section fingerprints', () => {
  it('fingerprints the intro and each pinned section, ignoring how lines are wrapped', () => {
    const prints = sectionFingerprints(article('Emails that no longer exist.'));
    expect(Object.keys(prints)).toEqual([INTRO, 'restored', 'not-restored']);
    expect(sectionFingerprints(article('Emails that\nno longer   exist.'))).toEqual(prints);
    const edited = sectionFingerprints(article('Emails that no longer exist, and settings.'));
    expect(edited['restored']).not.toBe(prints['restored']);
    expect(edited['not-restored']).toBe(prints['not-restored']);
  });
});

describe('revisions', () => {
  const v1 = sectionFingerprints(article('Emails that no longer exist.'));
  const v2 = sectionFingerprints(article('Emails that no longer exist, and settings.'));
  const first = updateRevisions({ articles: {} }, new Map([[1007, v1]]), '2026-12-01');

  it('records a revision when a section changes, and none when nothing did', () => {
    expect(first.articles['1007']).toEqual([{ revision: 1, date: '2026-12-01', sections: v1 }]);
    expect(updateRevisions(first, new Map([[1007, v1]]), '2026-12-05')).toEqual(first);
    const second = updateRevisions(first, new Map([[1007, v2]]), '2026-12-05');
    expect(second.articles['1007']!.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisionAdditions(first, second)).toEqual(['article 1007: revision 2']);
  });

  it('names the sections a translation of an older revision is behind on, with the date of the change', () => {
    const history = updateRevisions(first, new Map([[1007, v2]]), '2026-12-05').articles['1007']!;
    expect(outdatedSections(history, 1)).toEqual([{ section: 'restored', changed: '2026-12-05' }]);
    expect(outdatedSections(history, 2)).toEqual([]);
    expect(outdatedSections(history, 3)).toBeUndefined();
  });

  it('records a typo fix as minor: the last revision takes the new text and outdates nothing', () => {
    const built: RevisionLedger = updateRevisions(first, new Map([[1007, v2]]), '2026-12-05');
    for (const ledger of [first, built]) {
      const minor = markMinor(ledger, 1007, v2);
      expect(minor.articles['1007']).toEqual([{ revision: 1, date: '2026-12-01', sections: v2 }]);
      expect(outdatedSections(minor.articles['1007']!, 1)).toEqual([]);
    }
    expect(() => markMinor({ articles: {} }, 1007, v2)).toThrow(/no revision yet/);
  });
});

describe('markOutdatedSections', () => {
  const html = '<p>Intro</p><div class="section-heading"><h2 id="restored">Restored</h2><span class="section-actions"><a href="#restored">#</a></span></div><p>Text</p><div class="section-heading"><h3 id="not-restored">Not</h3><span></span></div>';
  const notice = (s: string) => `<p data-outdated-section="${s}"></p>`;

  it('puts the notice right after the heading block of each outdated section, and at the top for the intro', () => {
    expect(markOutdatedSections(html, ['restored'], notice)).toBe(html.replace('</span></div><p>Text', '</span></div><p data-outdated-section="restored"></p><p>Text'));
    expect(markOutdatedSections(html, [INTRO], notice).startsWith('<p data-outdated-section="(intro)"></p><p>Intro')).toBe(true);
    expect(markOutdatedSections(html, ['gone'], notice)).toBe(html);
  });

  it('puts it after the whole heading block when the block holds a div of its own', () => {
    const nested = '<div class="section-heading"><h2 id="restored">Restored</h2><div class="menu"><div>Share</div></div></div><p>Text</p>';
    expect(markOutdatedSections(nested, ['restored'], notice)).toBe(nested.replace('</div></div></div><p>Text', '</div></div></div><p data-outdated-section="restored"></p><p>Text'));
  });
});
