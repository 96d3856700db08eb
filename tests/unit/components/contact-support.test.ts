import { describe, expect, it } from 'vitest';
import ContactSupport from '../../../src/components/ContactSupport.astro';
import { site } from '../../../src/site.config.ts';
import { byTag, findAll, only, parse, render, text } from './html.ts';

describe('ContactSupport', () => {
  it('is a section labelled by its "Still stuck?" heading', async () => {
    const section = only(parse(await render(ContactSupport, {})), 'section');
    const heading = only(section, 'h2');
    expect(text(heading)).toBe('Still stuck?');
    expect(section.attrs['aria-labelledby']).toBe(heading.attrs['id']);
  });

  it('links to the support site as "Contact support"', async () => {
    const [link] = findAll(parse(await render(ContactSupport, {})), (el) => el.tag === 'a' && text(el) === 'Contact support');
    expect(link?.attrs['href']).toBe(site.supportUrl);
    expect(link?.attrs['rel']).toBe('noopener noreferrer');
  });

  it('links the guide on what to include when a guide URL is given', async () => {
    const root = parse(await render(ContactSupport, { guideUrl: '/1005' }));
    const paragraph = only(root, 'p');
    expect(only(paragraph, 'a').attrs['href']).toBe('/1005');
    expect(text(paragraph)).toBe('Our support team can help. Have the exact error message, a screenshot and the time it happened at hand: what to include in your request.');
    expect(byTag(root, 'a')).toHaveLength(2);
  });

  it('has no guide link, and ends the sentence cleanly, when no guide URL is given', async () => {
    const root = parse(await render(ContactSupport, { guideUrl: undefined }));
    const paragraph = only(root, 'p');
    expect(byTag(paragraph, 'a')).toHaveLength(0);
    expect(text(paragraph)).toBe('Our support team can help. Have the exact error message, a screenshot and the time it happened at hand.');
    expect(byTag(root, 'a')).toHaveLength(1);
  });
});
