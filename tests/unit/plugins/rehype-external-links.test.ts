import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../../src/plugins/rehype-external-links.ts';
import { render } from './render.ts';

async function html(source: string): Promise<string> {
  return (await render(source, { hastPlugins: [rehypeExternalLinks()] })).html;
}

describe('rehypeExternalLinks', () => {
  it.each([
    ['https://www.example.com/help'],
    ['http://example.com/'],
    ['HTTPS://EXAMPLE.COM/'],
    ['//example.com/protocol-relative'],
  ])('keeps the link to `%s` from reaching back to the site or learning the page it came from', async (url) => {
    expect(await html(`See [the provider's guide](${url}).`))
      .toBe(`<p>See <a href="${url}" rel="noopener noreferrer">the provider’s guide</a>.</p>`);
  });

  it('marks a link given by a reference definition', async () => {
    expect(await html('See [the guide][g].\n\n[g]: https://example.com/guide\n'))
      .toBe('<p>See <a href="https://example.com/guide" rel="noopener noreferrer">the guide</a>.</p>');
  });

  it.each([
    ['/backups/restore-deleted-emails/'],
    ['../spam/'],
    ['#spf-failure'],
    ['mailto:support@example.com'],
    ['tel:+41000000000'],
  ])('leaves the link `%s` as it is', async (url) => {
    expect(await html(`[the target](${url})`)).toBe(`<p><a href="${url}">the target</a></p>`);
  });

  it('leaves an `<a href>` written as JSX as the author wrote it', async () => {
    expect(await html('<a href="https://example.com/">the provider</a>')).toBe('<a href="https://example.com/">the provider</a>');
  });
});
