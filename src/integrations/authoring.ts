import type { AstroIntegration } from 'astro';
import { pipelineMode } from '../plugins/index.ts';
import { vitePinnedAnchors } from '../plugins/vite-pinned-anchors.ts';

/**
 * Authoring conventions that must act on the raw MDX source, before `@astrojs/mdx` compiles it.
 * List this integration before `mdx()`: Vite runs `pre` plugins in the order they were added.
 */
export function authoring(): AstroIntegration {
  return {
    name: 'kb:authoring',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        pipelineMode.dev = command === 'dev';
        updateConfig({ vite: { plugins: [vitePinnedAnchors()] } });
      },
    },
  };
}
