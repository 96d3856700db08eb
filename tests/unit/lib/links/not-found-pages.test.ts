import { describe, expect, it } from 'vitest';
import { generatedNotFoundFile, notFoundFile, toNginxNotFoundMap } from '../../../../src/lib/links/not-found-pages.ts';

describe("each language's 404 page", () => {
  it('is served from 404.html in the folder of its language, where hosts look first', () => {
    expect(notFoundFile('en')).toBe('404.html');
    expect(notFoundFile('de')).toBe('de/404.html');
    expect(generatedNotFoundFile('de')).toBe('de/404/index.html');
    expect(generatedNotFoundFile('en')).toBe('404.html');
  });

  it('is what nginx sends for a missing URL of that language', () => {
    const map = toNginxNotFoundMap(['en', 'fr', 'de']);
    expect(map).toContain('map $uri $kb_not_found {');
    expect(map).toContain('    default "/404.html";');
    expect(map).toContain('    "~^/fr/" "/fr/404.html";');
    expect(map).toContain('    "~^/de/" "/de/404.html";');
    expect(map).not.toContain('"~^/en/"');
  });

  it('under a base path, on both sides', () => {
    const map = toNginxNotFoundMap(['en', 'de'], '/help/');
    expect(map).toContain('    default "/help/404.html";');
    expect(map).toContain('    "~^/help/de/" "/help/de/404.html";');
  });
});
