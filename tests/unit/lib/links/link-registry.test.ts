import { describe, expect, it } from 'vitest';
import { LinkRegistry, type RecordedLink } from '../../../../src/lib/links/link-registry.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';

const root = '/site';
const from = '/site/content/articles/spam/block-a-sender.mdx';
const target = '/site/content/articles/email-delivery/delivery-failure-reports.mdx';

const link = (raw: string, extra: Partial<RecordedLink> = {}): RecordedLink => ({
  from, line: 7, column: 12, raw, targetId: 1003, targetFile: target, anchor: raw.split('#')[1]!, ...extra,
});

/** A registry in which the target has `anchors` and the source links with `links`. */
function registry(anchors: string[], links: RecordedLink[]): LinkRegistry {
  const r = new LinkRegistry();
  r.setAnchors(target, anchors);
  r.setLinks(from, links);
  return r;
}

describe('LinkRegistry.anchorProblems', () => {
  it('finds nothing when the anchor exists in the target', () => {
    expect(registry(['spf-failure', 'dkim-failure'], [link('/1003#spf-failure')]).anchorProblems(root)).toEqual([]);
  });

  it('reports a missing anchor at the position of the link, relative to the root, with a did-you-mean', () => {
    const problems = registry(['spf-failure', 'dkim-failure'], [link('/1003#spf-failur')]).anchorProblems(root);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/spam/block-a-sender.mdx:7:12: Link `/1003#spf-failur`: article 1003 has no section `#spf-failur`\n'
      + '    hint: did you mean `#spf-failure`?',
    ]);
  });

  it('lists the sections of the target when no anchor is close', () => {
    const problems = registry(['spf-failure', 'dkim-failure'], [link('/1003#mailbox-quota-exceeded')]).anchorProblems(root);
    expect(problems).toEqual([{
      file: 'content/articles/spam/block-a-sender.mdx', line: 7, column: 12,
      message: 'Link `/1003#mailbox-quota-exceeded`: article 1003 has no section `#mailbox-quota-exceeded`',
      hint: 'link to one of its sections: #spf-failure, #dkim-failure',
    }]);
  });

  it('lists at most 8 sections in the hint', () => {
    const anchors = Array.from({ length: 10 }, (_, i) => `section-number-${i + 1}`);
    const [problem] = registry(anchors, [link('/1003#zz')]).anchorProblems(root);
    expect(problem?.hint).toBe(`link to one of its sections: ${anchors.slice(0, 8).map((a) => `#${a}`).join(', ')}`);
  });

  it('skips a link whose target was not compiled', () => {
    const r = new LinkRegistry();
    r.setLinks(from, [link('/1003#anything')]);
    expect(r.anchorProblems(root)).toEqual([]);
  });

  it('reports every broken link of every file, in the order they were recorded', () => {
    const other = '/site/content/articles/spam/other.mdx';
    const r = registry(['spf-failure'], [link('/1003#a1', { line: 3 }), link('/1003#spf-failure'), link('/1003#a2', { line: 9 })]);
    r.setLinks(other, [link('/1003#a3', { from: other, line: 1, column: 1 })]);
    expect(r.anchorProblems(root).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/articles/spam/block-a-sender.mdx:3: Link `/1003#a1`: article 1003 has no section `#a1`',
      'content/articles/spam/block-a-sender.mdx:9: Link `/1003#a2`: article 1003 has no section `#a2`',
      'content/articles/spam/other.mdx:1: Link `/1003#a3`: article 1003 has no section `#a3`',
    ]);
  });

  it('forgets the links of an earlier compile of the same file', () => {
    const r = registry(['spf-failure'], [link('/1003#gone')]);
    r.setLinks(from, [link('/1003#spf-failure')]);
    expect(r.anchorProblems(root)).toEqual([]);
  });

  it('forgets the anchors of an earlier compile of the same file', () => {
    const r = registry(['spf-failure'], [link('/1003#spf-failure')]);
    r.setAnchors(target, ['spf-fail']);
    expect(r.anchorProblems(root).map((p) => p.message)).toEqual(['Link `/1003#spf-failure`: article 1003 has no section `#spf-failure`']);
  });

  it('names the file relative to the current folder by default', () => {
    const r = new LinkRegistry();
    r.setAnchors(target, []);
    r.setLinks(`${process.cwd()}/content/a.mdx`, [link('/1003#x', { from: `${process.cwd()}/content/a.mdx` })]);
    expect(r.anchorProblems()[0]?.file).toBe('content/a.mdx');
  });
});

describe('LinkRegistry.anchorProblems for a target without sections', () => {
  it('says there is nothing to link to instead of an empty list', () => {
    const r = new LinkRegistry();
    r.setAnchors('/site/content/articles/spam/target.mdx', []);
    r.setLinks('/site/content/articles/spam/from.mdx', [{ from: '/site/content/articles/spam/from.mdx', line: 2, column: 1, raw: '/1003#x', targetId: 1003, targetFile: '/site/content/articles/spam/target.mdx', anchor: 'x' }]);
    expect(r.anchorProblems('/site').map((p) => p.hint)).toEqual(['it has no sections to link to: link to the article itself']);
  });
});
