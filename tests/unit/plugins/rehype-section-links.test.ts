import { ui } from '../../../src/i18n/ui.ts';
import type { Lang } from '../../../src/i18n/languages.ts';
import { describe, expect, it } from 'vitest';
import { rehypeSectionLinks } from '../../../src/plugins/rehype-section-links.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { render } from './render.ts';

const LINK_ICON = 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7';
const svg = (d: string) =>
  `<svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="size-4 shrink-0"><path d="${d}"></path></svg>`;

/** The HTML the plugin gives a heading `<hN id>` whose text is `title`: the heading, then its one share menu. */
function wrapped(heading: string, id: string, title: string): string {
  return '<div class="section-heading">'
    + heading
    + '<details class="section-menu not-prose no-print" name="section-menu" data-pagefind-ignore="all">'
    + `<summary class="section-menu-button">${svg(LINK_ICON)}<span class="sr-only">Share “${title}”</span></summary>`
    + '<span class="section-menu-items">'
    + `<a href="#${id}" class="section-menu-item" aria-label="Link to this section: ${title}">Link to this section</a>`
    + `<button type="button" data-copy="link" data-section="${id}" data-section-title="${title}" hidden class="section-menu-item" aria-label="Copy link: ${title}">`
    + 'Copy link</button>'
    + `<button type="button" data-copy="reply" data-section="${id}" data-section-title="${title}" hidden class="section-menu-item" aria-label="Copy for a reply: ${title}">`
    + 'Copy for a reply</button>'
    + '</span></details></div>';
}

/** Compiles Markdown; headings get ids unless `ids` is false. */
async function html(source: string, ids = true, lang: Lang = 'en'): Promise<string> {
  return (await render(source, {
    mdastPlugins: ids ? remarkHeadingIds() : [],
    hastPlugins: [rehypeSectionLinks(ui(lang).article)],
    path: 'content/articles/backups/x.mdx',
  })).html;
}

describe('rehypeSectionLinks', () => {
  it('follows an h2 with one menu: the link to its section and the two copy buttons, each named by its words and the title', async () => {
    expect(await html('## Users of POP3 {#pop3}\n'))
      .toBe(wrapped('<h2 id="pop3">Users of POP3</h2>', 'pop3', 'Users of POP3'));
  });

  it('wraps an h3 the same way', async () => {
    expect(await html('### On Windows\n'))
      .toBe(wrapped('<h3 id="on-windows">On Windows</h3>', 'on-windows', 'On Windows'));
  });

  it('speaks the page\'s language', async () => {
    const out = await html('## Nutzer von POP3 {#pop3}\n', true, 'de');
    expect(out).toContain('<span class="sr-only">„Nutzer von POP3“ teilen</span>');
    expect(out).toContain('aria-label="Link zu diesem Abschnitt: Nutzer von POP3">');
    expect(out).toContain('aria-label="Link kopieren: Nutzer von POP3">');
    expect(out).toContain('aria-label="Für eine Antwort kopieren: Nutzer von POP3">');
    expect(out).toContain('>Für eine Antwort kopieren</button>');
  });

  it('titles the buttons with the text of a heading that has markup, and leaves the heading as it was', async () => {
    expect(await html('## Use `pop3` *now* {#pop3}\n'))
      .toBe(wrapped('<h2 id="pop3">Use <code>pop3</code> <em>now</em></h2>', 'pop3', 'Use pop3 now'));
  });

  it('escapes quotes of the title in the attributes', async () => {
    // Smart punctuation curls typed quotes (as on the site); character references stay straight.
    expect(await html('## Say &quot;hi&quot; {#hi}\n')).toContain('data-section-title="Say &#x22;hi&#x22;"');
  });

  it('wraps each of consecutive headings once, keeping the content between them', async () => {
    expect(await html('## One\n\nText.\n\n### Two\n\n## Three\n')).toBe([
      wrapped('<h2 id="one">One</h2>', 'one', 'One'),
      '<p>Text.</p>',
      wrapped('<h3 id="two">Two</h3>', 'two', 'Two'),
      wrapped('<h2 id="three">Three</h2>', 'three', 'Three'),
    ].join('\n'));
  });

  it('wraps a heading nested in another element', async () => {
    expect(await html('> ## Inner\n'))
      .toBe(`<blockquote>\n${wrapped('<h2 id="inner">Inner</h2>', 'inner', 'Inner')}\n</blockquote>`);
  });

  it.each([
    ['an h1', '# Title\n', '<h1 id="title">Title</h1>'],
    ['an h4', '#### Details\n', '<h4 id="details">Details</h4>'],
  ])('leaves %s alone', async (_, source, out) => {
    expect(await html(source)).toBe(out);
  });

  it('leaves headings without an id alone', async () => {
    expect(await html('## Users of POP3\n\n### On Windows\n', false)).toBe('<h2>Users of POP3</h2>\n<h3>On Windows</h3>');
  });
});
