import { describe, expect, it } from 'vitest';
import { matchingSections, pageExcerpt, pageWords, type ExcerptSource } from '../../../../src/lib/search/excerpt.ts';

// The shape of Pagefind's text for an article: title, description, the hidden block of search terms
// (between its two anchors), the topic, then the body.
const title = 'Fix "550 5.7.1 relaying denied" when sending.';
const description = 'Your mail program sends through a server that does not know you.';
const hidden = 'relaying denied · relay denied · relay access denied. email-delivery Email delivery';
const body =
  'When you send an email, your program hands it to the outgoing server. The server refuses to relay it for you when you have not logged in. ' +
  'What the error means. The code 5.7.1 means delivery not authorized: the relaying was denied because the server did not know who you are.';
const content = `${title} ${description} ${hidden} ${body}`;
const at = (text: string) => pageWords(content).findIndex((_, i, all) => all.slice(i, i + text.split(' ').length).join(' ') === text);
const source: ExcerptSource = {
  content,
  title: title.replace(/\.$/, ''),
  anchors: [
    { element: 'div', id: 'search-terms', location: at('relaying denied ·') },
    { element: 'span', id: 'search-terms-end', location: at('When you send') },
    { element: 'h2', id: 'what-the-error-means', text: 'What the error means', location: at('What the error means.') },
  ],
};
const wordsAt = (...texts: string[]) => texts.map(at);

describe('pageExcerpt', () => {
  it('quotes a sentence of the article, never the hidden keyword block, with the matched words marked', () => {
    const excerpt = pageExcerpt(source, wordsAt('relaying denied ·', 'relay denied', 'relaying was denied'), 16);
    expect(excerpt).not.toContain('·');
    expect(excerpt).toMatch(/^The code 5\.7\.1 means/);
    expect(excerpt).toContain('<mark>relaying</mark>');
  });

  it('starts at the beginning of the sentence holding the matches', () => {
    const excerpt = pageExcerpt(source, wordsAt('relay it'), 12);
    expect(excerpt.startsWith('The server refuses to <mark>relay</mark> it')).toBe(true);
  });

  it('shows the description when the page matched only in its title or keywords', () => {
    expect(pageExcerpt(source, wordsAt('relaying denied ·', 'Fix "550'), 24)).toBe(description);
  });

  it('marks a matched word without the punctuation around it', () => {
    const html = pageExcerpt({ content: 'T. Then restore (IMAP). Done, “restored”!', title: 'T', anchors: [] }, [2, 3, 5], 10);
    expect(html).toBe('Then <mark>restore</mark> (<mark>IMAP</mark>). Done, “<mark>restored</mark>”!');
  });

  it('escapes the page text', () => {
    const html = pageExcerpt({ content: 'T. Use <b>bold</b> & more.', title: 'T', anchors: [] }, [2], 10);
    expect(html).toBe('Use <mark>&lt;b&gt;bold&lt;/b&gt;</mark> &amp; more.');
  });
});

describe('matchingSections', () => {
  it('lists the sections holding a match with an excerpt of their own text', () => {
    expect(matchingSections(source, wordsAt('relaying was denied'), 20)).toEqual([
      { title: 'What the error means', id: 'what-the-error-means', excerpt: expect.stringMatching(/^The code 5\.7\.1 .*<mark>relaying<\/mark>/) },
    ]);
  });

  it('tells apart two sections of one name by the heading above each', () => {
    const text = 'T. From Mail. Steps. Log in to Mail. From the Manager. Steps. Log in to the Manager.';
    const w = pageWords(text);
    const loc = (phrase: string, from = 0) => w.findIndex((_, i, all) => i >= from && all.slice(i, i + phrase.split(' ').length).join(' ') === phrase);
    const twoSteps: ExcerptSource = {
      content: text, title: 'T', anchors: [
        { element: 'h2', id: 'mail', text: 'From Mail', location: loc('From Mail.') },
        { element: 'h3', id: 'mail-steps', text: 'Steps', location: loc('Steps.') },
        { element: 'h2', id: 'manager', text: 'From the Manager', location: loc('From the Manager.') },
        { element: 'h3', id: 'manager-steps', text: 'Steps', location: loc('Steps.', loc('From the Manager.')) },
      ],
    };
    const sections = matchingSections(twoSteps, [loc('Log in to Mail.'), loc('Log in to the Manager.')], 10);
    expect(sections.map((s) => s.title)).toEqual(['From Mail › Steps', 'From the Manager › Steps']);
  });

  it('lists no section for matches outside every section', () => {
    expect(matchingSections(source, wordsAt('relay it'), 20)).toEqual([]);
  });
});
