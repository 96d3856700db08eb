import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../../../src/lib/links/layout-ids.ts';

describe('LAYOUT_IDS', () => {
  it('lists every id the layouts and components write, so that no article anchor can take one', () => {
    const files = ['src/layouts', 'src/components', 'src/pages'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro')).map((f) => path.join(dir, f)));
    const written = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!)));
    expect([...written].sort()).toEqual([...LAYOUT_IDS].sort());
  });
});
