import type { AstroIntegration } from 'astro';
import { linkRegistry } from '../lib/link-registry.ts';
import { ContentError } from '../lib/problems.ts';
import { vitePinnedAnchors } from '../plugins/vite-pinned-anchors.ts';

/**
 * Authoring conventions around the MDX compiler: source transforms that must run before
 * `@astrojs/mdx` (list this integration before `mdx()`: Vite runs `pre` plugins in the order they were
 * added), and the checks that need every article compiled (links to anchors of other articles).
 */
export function authoring(): AstroIntegration {
  return {
    name: 'kb:authoring',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [vitePinnedAnchors()] } });
      },
      'astro:build:generated': () => {
        const problems = linkRegistry.anchorProblems();
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
