import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRedirectPages } from '../../../src/integrations/redirect-pages.ts';
import type { Redirect } from '../../../src/lib/links/index.ts';
import { tempFoldersWith } from '../../support/temp-folders.ts';

/** A built site's output folder holding these pages (path → HTML). */
const builtSite = tempFoldersWith('kb-redirects-');
const redirect = (from: string, to: string): Redirect => ({ from, to, kind: 'alias', title: 'Restore deleted emails' });
const html = (r: Redirect) => `forward to ${r.to}`;

describe('writeRedirectPages', () => {
  it('writes a forwarding page for each short link, alias and old URL', () => {
    const out = builtSite({ 'backups/restore-deleted-emails/index.html': 'the article' });
    writeRedirectPages(out, [redirect('/1007', '/backups/restore-deleted-emails/'), redirect('/mail/old-restore/', '/backups/restore-deleted-emails/')], html);
    expect(readFileSync(path.join(out, '1007/index.html'), 'utf8')).toBe('forward to /backups/restore-deleted-emails/');
    expect(readFileSync(path.join(out, 'mail/old-restore/index.html'), 'utf8')).toBe('forward to /backups/restore-deleted-emails/');
  });

  it('never replaces a page: it names the redirect and the page, and writes none of the redirects', () => {
    const out = builtSite({ 'backups/index.html': 'the Backups topic' });
    const redirects = [redirect('/1007', '/backups/restore-deleted-emails/'), redirect('/backups', '/mail/')];
    expect(() => writeRedirectPages(out, redirects, html)).toThrow('the redirect from /backups would replace the page backups/index.html');
    expect(readFileSync(path.join(out, 'backups/index.html'), 'utf8')).toBe('the Backups topic');
    expect(existsSync(path.join(out, '1007'))).toBe(false);
  });
});
