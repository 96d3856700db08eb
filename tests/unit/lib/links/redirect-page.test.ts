import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { redirectFilePath, redirectPageHtml } from '../../../../src/lib/links/redirect-page.ts';

const site = { lang: 'en', languages: ['en'], name: 'Help Center', url: 'https://help.example.com/', base: '/' };
const script = '// forwards\nlocation.replace(x);\n';

describe('redirectPageHtml', () => {
  const html = redirectPageHtml({ to: '/backups/restore-deleted-emails/', title: 'Restore deleted emails' }, site, script);

  it('forwards by script, by meta refresh and by a visible link, and is not indexed', () => {
    expect(html).toContain('<html lang="en" data-redirect="/backups/restore-deleted-emails/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/backups/restore-deleted-emails/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://help.example.com/backups/restore-deleted-emails/">');
    expect(html).toContain('<p>This page is now at <a href="/backups/restore-deleted-emails/">Restore deleted emails</a>.</p>');
    expect(html).toContain('<script>location.replace(x);</script>');
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('forwards to the destination under the base path of a site served at example.com/help/', () => {
    const under = redirectPageHtml({ to: '/backups/restore-deleted-emails/', title: 'Restore deleted emails' }, { ...site, url: 'https://example.com/help/', base: '/help/' }, script);
    expect(under).toContain('data-redirect="/help/backups/restore-deleted-emails/"');
    expect(under).toContain('content="0; url=/help/backups/restore-deleted-emails/"');
    expect(under).toContain('<link rel="canonical" href="https://example.com/help/backups/restore-deleted-emails/">');
    expect(under).toContain('<a href="/help/backups/restore-deleted-emails/">');
  });

  it('escapes a title and a target that carry markup', () => {
    const hostile = redirectPageHtml({ to: '/a/"><script>x</script>/', title: 'Tricky <b>title</b> & "quotes"' }, site, script);
    expect(hostile).not.toContain('<b>');
    expect(hostile).toContain('Tricky &lt;b&gt;title&lt;/b&gt; &amp; &quot;quotes&quot; · Help Center');
    expect(hostile).toContain('data-redirect="/a/&quot;&gt;&lt;script&gt;x&lt;/script&gt;/"');
  });
});

describe('redirectFilePath', () => {
  it.each([['/1007', '1007/index.html'], ['/restore-emails/', 'restore-emails/index.html'], ['/old-topic/old-slug/', 'old-topic/old-slug/index.html']])('writes %s to %s', (from, file) => {
    expect(redirectFilePath(from)).toBe(file);
  });

  it.each(['/', '/../etc', '/a/./b'])('refuses %s, which is no page of its own', (from) => {
    expect(() => redirectFilePath(from)).toThrow(`a redirect from "${from}" cannot be written as a file`);
  });
});
