/**
 * MDX to HTML with mdast and hast plugins, rendered by Sätteri's native HTML renderer. Sätteri offers
 * `markdownToHtml` (Markdown only) and `mdxToJs` (a JavaScript module), not this; its documented "manual
 * pipeline" (handles, the visitor passes, `renderHandle`) composes it from public functions in the order
 * `mdxToJs` runs them: each plugin's `before` hook, its visitors, its `after` hook, mdast then hast.
 * Written here rather than through `mdxToJs`, whose tree would have to be read into JavaScript and
 * serialized again: that was more than half of an article's render time (measured on 1,000 articles).
 * The last hast plugin must leave no MDX node in the tree (`hast-article.ts` resolves them).
 */
import {
  applyCommandsToMdastHandle, convertMdastToHastHandle, createMdxMdastHandle, dropHandle, getHandleSource, normalizePlugins,
  renderHandle, resolveHastSubscriptions, resolveMdastSubscriptions, visitHastHandle, visitHastHook, visitMdastHandle, visitMdastHook,
  type Data, type Features, type HastPluginDefinition, type HastPluginEntry, type MdastPluginDefinition, type MdastPluginEntry,
} from 'satteri';

export interface MdxToHtmlOptions {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
  features: Features;
  fileURL: URL;
  /** The document's data bag, shared by every plugin (and read by the caller afterwards). */
  data: Data;
}

export async function mdxToHtml(source: string, { mdastPlugins, hastPlugins, features, fileURL, data }: MdxToHtmlOptions): Promise<string> {
  const mdast = normalizePlugins<MdastPluginDefinition>(mdastPlugins, 'mdastPlugins', source, fileURL, 'mdx', data);
  const hast = normalizePlugins<HastPluginDefinition>(hastPlugins, 'hastPlugins', source, fileURL, 'mdx', data);
  const positions = [...mdast, ...hast].some((p) => p.options?.position);
  const tree = createMdxMdastHandle(source, features, positions);
  let hastTree;
  try {
    const text = () => getHandleSource(tree);
    for (const plugin of mdast) {
      const subscriptions = resolveMdastSubscriptions(plugin);
      const passes = [
        plugin.before && (() => visitMdastHook(tree, plugin, plugin.before!, text, fileURL, data, 'mdx')),
        subscriptions.length > 0 && (() => visitMdastHandle(tree, plugin, subscriptions, text, fileURL, data, 'mdx')),
        plugin.after && (() => visitMdastHook(tree, plugin, plugin.after!, text, fileURL, data, 'mdx')),
      ];
      for (const pass of passes) {
        if (!pass) continue;
        const result = await pass();
        if (result.hasMutations) applyCommandsToMdastHandle(tree, result.commandBuffer);
      }
    }
    hastTree = convertMdastToHastHandle(tree);
  } finally {
    dropHandle(tree);
  }
  try {
    for (const plugin of hast) {
      const subscriptions = resolveHastSubscriptions(plugin);
      if (plugin.before) await visitHastHook(hastTree, plugin, plugin.before, source, fileURL, data, 'mdx');
      if (subscriptions.length > 0) await visitHastHandle(hastTree, plugin, subscriptions, source, fileURL, data, 'mdx');
      if (plugin.after) await visitHastHook(hastTree, plugin, plugin.after, source, fileURL, data, 'mdx');
    }
    return renderHandle(hastTree);
  } finally {
    dropHandle(hastTree);
  }
}
