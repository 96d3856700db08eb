import type { AstroIntegration } from 'astro';

/** What the bundler says about a module; the fields rolldown's warnings carry. */
interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/**
 * Warnings known to be harmless, by their code and what they are about. Every MDX module starts with
 * Astro's `"use astro:head-inject"` directive, which only Astro reads; rolldown warns once per article
 * that it may not keep it, 12 lines each: 12,000 lines at 1,000 articles.
 * TODO: drop this when withastro/astro#18087 (the warning itself) is fixed.
 */
export function isHarmlessWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Keeps the build log for what matters: silences only the warnings `isHarmlessWarning` names, and hands
 * every other warning to the bundler's own handler, so it stays visible.
 */
export function quietLog(): AstroIntegration {
  return {
    name: 'kb:quiet-log',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerWarning, warn: (w: BundlerWarning) => void) {
                  if (!isHarmlessWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
