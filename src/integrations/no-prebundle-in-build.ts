import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * A build's content sync starts a short-lived Vite server, and Vite pre-bundles its browser
 * dependencies on every server start: Astro lists its dev toolbar's (aria-query, axobject-query,
 * html-escaper, the toolbar's entry), 0.7 s of bundling in every cold build (`DEBUG=vite:deps`:
 * "Dependencies bundled in 696 ms"), for a server that never serves a browser. The toolbar is off
 * (`devToolbar.enabled: false`) and a build bundles the browser code with rolldown itself, so in a
 * build nothing is pre-bundled. `astro dev` keeps Vite's pre-bundling as it is.
 */
export function noPrebundleInBuild(): AstroIntegration {
  return {
    name: 'kb:no-prebundle-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutPrebundling()] } });
      },
    },
  };
}

/** The Vite plugin: empties every environment's pre-bundling list, after Astro's plugins have filled it. */
export function withoutPrebundling(): Plugin {
  return {
    name: 'kb:without-prebundling',
    enforce: 'post',
    // Vite merges returned config into arrays (it would only add to the list): the list is replaced in place.
    configEnvironment(_name, config) {
      config.optimizeDeps = { ...config.optimizeDeps, include: [], noDiscovery: true };
    },
  };
}
