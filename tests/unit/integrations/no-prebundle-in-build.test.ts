import { createServer, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { noPrebundleInBuild, withoutPrebundling } from '../../../src/integrations/no-prebundle-in-build.ts';

/** The plugins the integration adds for `command`, as Astro's config:setup hook would get them. */
function pluginsFor(command: 'build' | 'dev'): unknown[] {
  const added: unknown[] = [];
  const setup = noPrebundleInBuild().hooks['astro:config:setup'] as unknown as (o: object) => void;
  setup({ command, updateConfig: (c: { vite?: { plugins?: unknown[] } }) => added.push(...(c.vite?.plugins ?? [])) });
  return added;
}

describe('noPrebundleInBuild', () => {
  it('leaves the dev server pre-bundling as Vite does', () => {
    expect(pluginsFor('dev')).toEqual([]);
  });

  it("empties, in a build, the list Astro's toolbar fills, and turns discovery off", async () => {
    expect(pluginsFor('build')).toHaveLength(1);
    // Astro's toolbar plugin adds its dependencies through a config hook, as this one does.
    const toolbar: Plugin = { name: 'like-astro-toolbar', config: () => ({ optimizeDeps: { include: ['astro > aria-query', 'astro > axobject-query'] } }) };
    const server = await createServer({
      configFile: false, logLevel: 'silent', root: import.meta.dirname,
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      plugins: [toolbar, withoutPrebundling()],
    });
    try {
      const { optimizeDeps } = server.environments['client']!.config;
      expect(optimizeDeps.include).toEqual([]);
      expect(optimizeDeps.noDiscovery).toBe(true);
    } finally {
      await server.close();
    }
  });
});
