import { describe, expect, it } from 'vitest';
import { rehypeBasePath } from '../../../src/plugins/rehype-base-path.ts';
import { render } from './render.ts';

async function html(source: string, base = '/help/'): Promise<string> {
  return (await render(source, { hastPlugins: [rehypeBasePath({ base })] })).html;
}

describe('rehypeBasePath', () => {
  it('serves a root-relative link of an article under the base path', async () => {
    expect(await html('Paste it into [the error lookup](/errors/).')).toBe('<p>Paste it into <a href="/help/errors/">the error lookup</a>.</p>');
  });

  it('keeps the section of a link', async () => {
    expect(await html('See [the ports](/email-software/server-settings/#ports).'))
      .toBe('<p>See <a href="/help/email-software/server-settings/#ports">the ports</a>.</p>');
  });

  it('serves an image of the site under the base path', async () => {
    expect(await html('![The settings screen](/images/settings.png)')).toBe('<p><img src="/help/images/settings.png" alt="The settings screen"></p>');
  });

  it.each([
    ['#ports'],
    ['https://www.example.com/guide'],
    ['//example.com/protocol-relative'],
    ['mailto:support@example.com'],
    ['../spam/'],
  ])('leaves `%s` alone: it is not a path of this site', async (url) => {
    expect(await html(`See [this](${url}).`)).toContain(`href="${url}"`);
  });

  it('changes nothing for a site at the root of its domain', async () => {
    expect(await html('See [the lookup](/errors/).', '/')).toBe('<p>See <a href="/errors/">the lookup</a>.</p>');
  });
});
