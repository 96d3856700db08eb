import { describe, expect, it } from 'vitest';
import { FinishedLanguages } from '../../../../src/lib/build/finished-languages.ts';

describe('FinishedLanguages', () => {
  it('finishes a language when the first page of the next one comes, and the last one never', () => {
    const finished = new FinishedLanguages<string>();
    const order = ['en', 'en', 'en', 'fr', 'fr', 'de', 'it', 'it'].map((lang) => finished.page(lang));
    expect(order).toEqual([undefined, undefined, undefined, 'en', undefined, 'fr', 'de', undefined]);
    expect(finished.interleaved).toBe(false);
  });

  it('says the pages were interleaved when a finished language comes back, and finishes nothing for it', () => {
    const finished = new FinishedLanguages<string>();
    expect(['en', 'fr', 'en'].map((lang) => finished.page(lang))).toEqual([undefined, 'en', undefined]);
    expect(finished.interleaved).toBe(true);
  });
});
