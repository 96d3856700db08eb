import { describe, expect, it } from 'vitest';
import {
  clearRecentSearches,
  deviceStore,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parseRecent,
  readRecentSearches,
  recentSearchesKey,
  recordRecentSearch,
  RECENT_LIMIT,
  withRecent,
  type KeyValueStore,
} from '../../../../src/lib/search/recent-searches.ts';

/** An in-memory localStorage. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** A storage that refuses everything, as Safari's private mode once did or a site-data policy does. */
const refusing: KeyValueStore = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('withRecent', () => {
  it('puts the newest search first', () => {
    expect(withRecent(['spf'], 'dmarc')).toEqual(['dmarc', 'spf']);
  });

  it('keeps one copy of a search repeated in another case or spacing, in its newest form', () => {
    expect(withRecent(['spf', 'DMARC  record', 'bounce'], ' dmarc record ')).toEqual(['dmarc record', 'spf', 'bounce']);
  });

  it(`keeps at most ${RECENT_LIMIT}, dropping the oldest`, () => {
    expect(withRecent(['e', 'd', 'c', 'b', 'a'], 'f')).toEqual(['f', 'e', 'd', 'c', 'b']);
  });

  it('ignores an empty or blank query', () => {
    expect(withRecent(['spf'], '   ')).toEqual(['spf']);
  });
});

describe('normalizeQuery', () => {
  it('makes a pasted multi-line report one line', () => {
    expect(normalizeQuery('  550 5.7.1\n\tService unavailable  ')).toBe('550 5.7.1 Service unavailable');
  });

  it(`cuts a very long query to ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normalizeQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('parseRecent', () => {
  it('reads the stored list, newest first', () => {
    expect(parseRecent('["dmarc","spf"]')).toEqual(['dmarc', 'spf']);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['not a list', '{"q":"dmarc"}'],
    ['a string', '"dmarc"'],
  ])('gives an empty list for %s', (_, raw) => {
    expect(parseRecent(raw)).toEqual([]);
  });

  it('skips what is not a search and repairs duplicates and a list too long', () => {
    expect(parseRecent(JSON.stringify(['a', 1, null, 'A', '', 'b', 'c', 'd', 'e', 'f', 'g']))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('recent searches on the device', () => {
  it('records searches per language and reads them back, newest first', () => {
    const store = memoryStore();
    recordRecentSearch(store, 'en', 'dmarc');
    recordRecentSearch(store, 'en', 'spf record');
    recordRecentSearch(store, 'fr', 'courriels supprimés');
    expect(readRecentSearches(store, 'en')).toEqual(['spf record', 'dmarc']);
    expect(readRecentSearches(store, 'fr')).toEqual(['courriels supprimés']);
    expect(store.data.get(recentSearchesKey('en'))).toBe('["spf record","dmarc"]');
  });

  it('moves a repeated search to the top instead of listing it twice', () => {
    const store = memoryStore();
    for (const q of ['dmarc', 'spf', 'Dmarc']) recordRecentSearch(store, 'en', q);
    expect(readRecentSearches(store, 'en')).toEqual(['Dmarc', 'spf']);
  });

  it('stores nothing for a blank query', () => {
    const store = memoryStore();
    expect(recordRecentSearch(store, 'en', '  ')).toEqual([]);
    expect(store.data.size).toBe(0);
  });

  it('clears one language only', () => {
    const store = memoryStore();
    recordRecentSearch(store, 'en', 'dmarc');
    recordRecentSearch(store, 'de', 'Spam');
    clearRecentSearches(store, 'en');
    expect(readRecentSearches(store, 'en')).toEqual([]);
    expect(readRecentSearches(store, 'de')).toEqual(['Spam']);
  });

  it('keeps nothing and never throws without storage or when storage refuses', () => {
    for (const store of [undefined, refusing]) {
      expect(readRecentSearches(store, 'en')).toEqual([]);
      expect(recordRecentSearch(store, 'en', 'dmarc')).toEqual(['dmarc']);
      expect(readRecentSearches(store, 'en')).toEqual([]);
      expect(() => clearRecentSearches(store, 'en')).not.toThrow();
    }
  });

  it('keeps the list it had when the quota is full', () => {
    const store = memoryStore({ [recentSearchesKey('en')]: '["spf"]' });
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => recordRecentSearch(store, 'en', 'dmarc')).not.toThrow();
    expect(readRecentSearches(store, 'en')).toEqual(['spf']);
  });

  it('finds no device storage where reading localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(deviceStore()).toBeUndefined();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
