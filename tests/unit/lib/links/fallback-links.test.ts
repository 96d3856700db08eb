import { describe, expect, it } from 'vitest';
import { localizeFallbackLinks } from '../../../../src/lib/links/fallback-links.ts';

describe('localizeFallbackLinks', () => {
  const pages = new Set(['/backups/restore-deleted-emails/', '/email-software/email-server-settings/']);
  const html = '<p>See <a href="/email-software/email-server-settings/#ports">the settings</a>, <a href="#pop3">below</a>, <a href="https://example.com/">a site</a> and <a href="/errors/">errors</a>.</p>';

  it('sends links to the site\'s articles to their page in the language, and leaves the others', () => {
    expect(localizeFallbackLinks(html, 'it', '/', pages)).toBe(html.replace('href="/email-software/email-server-settings/#ports"', 'href="/it/email-software/email-server-settings/#ports"'));
  });

  it('works under a base path', () => {
    const under = '<a href="/help/backups/restore-deleted-emails/">restore</a>';
    expect(localizeFallbackLinks(under, 'es', '/help/', pages)).toBe('<a href="/help/es/backups/restore-deleted-emails/">restore</a>');
  });
});
