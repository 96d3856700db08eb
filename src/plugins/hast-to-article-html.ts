/**
 * The last hast plugin of an article: the tree the site's plugins produced still holds MDX nodes, and
 * this resolves every one, so that Sätteri's renderer can write the article as plain HTML. Articles are
 * content, not code, so only the safe subset of MDX gets through:
 * - the site's components (`<Callout>`, `<Steps>`…), with literal attribute values, rendered by their
 *   hast builders (`components/authoring/`);
 * - comments (`{/* … *\/}`), which render nothing.
 * Everything else is a problem at its line, with what to write instead: an expression (`{1 + 1}`,
 * `{process.env.X}`), `import`/`export`, a code-valued or spread attribute, a raw HTML element
 * (`<div>`, a lowercase `<callout>`), an unknown component. Nothing an author writes runs at build time
 * or reaches the page as markup that the site's own components did not write.
 * It also collects what the page needs besides the HTML: the headings, the page scripts of the
 * components used, and the images next to the article.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ArticleStrings } from '../i18n/ui.ts';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { AUTHORING_COMPONENTS } from '../components/authoring/names.ts';
import { authoringComponents, ComponentPropsError, type ComponentContext, type PageScript } from '../components/authoring/index.ts';
import { closest } from '../lib/problems.ts';
import type { ArticleProblem } from './problems.ts';

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
  position?: { start: { line: number; column: number } };
}
type AnyNode = RootContent & { position?: { start: { line: number; column: number } } };

/** What rendering an article gathers besides its HTML. */
export interface ArticleParts {
  /** Every heading with an id, in order, as Astro reports headings (`depth`, `slug`, `text`). */
  headings: Array<{ depth: number; slug: string; text: string }>;
  /** The page scripts the article's components need. */
  scripts: PageScript[];
  /** Images next to the article (`./restore.png`), as written: Astro optimizes them when the page renders. */
  images: string[];
  problems: ArticleProblem[];
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const isMdxJsx = (node: { type: string }) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The plugin; `parts` fills as it runs. */
export function hastArticleHtml(parts: ArticleParts, authoredHref: (url: string) => string, strings: ArticleStrings): HastPluginDefinition {
  const converter = subtreeConverter(parts, authoredHref, strings);
  // A node inside a component is resolved with it, when the component's subtree is converted.
  const insideComponent = (node: object, ctx: HastVisitorContext) => {
    for (let p = ctx.parent(node as never); p; p = ctx.parent(p as never)) if (isMdxJsx(p)) return true;
    return false;
  };
  const component = (node: MdxJsxNode, ctx: HastVisitorContext) => {
    if (!insideComponent(node, ctx)) ctx.replaceNode(node as never, converter.component(node) as never);
  };
  const expression = (node: AnyNode, ctx: HastVisitorContext) => {
    if (insideComponent(node, ctx)) return;
    converter.node(node);
    ctx.removeNode(node as never);
  };
  return {
    name: 'kb-article-html',
    options: { position: true },
    element: [
      {
        filter: HEADINGS,
        visit(node, ctx) {
          if (!insideComponent(node, ctx)) converter.heading(node, ctx.textContent(node));
        },
      },
      {
        filter: ['img'],
        visit(node, ctx) {
          if (insideComponent(node, ctx)) return undefined;
          const marked = localImage(node, parts.images);
          return marked === node ? undefined : marked;
        },
      },
    ],
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => component(node as unknown as MdxJsxNode, ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => component(node as unknown as MdxJsxNode, ctx) },
    mdxFlowExpression: (node, ctx) => expression(node as unknown as AnyNode, ctx),
    mdxTextExpression: (node, ctx) => expression(node as unknown as AnyNode, ctx),
    mdxjsEsm: (node, ctx) => expression(node as unknown as AnyNode, ctx),
  };
}

/** Serialization of the markup a component reads from its children (`<UiPath>`). */
const serialize = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes } as Root, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });

/** Converts subtrees: a component with everything inside it, or any other node met at the top. */
function subtreeConverter(parts: ArticleParts, authoredHref: (url: string) => string, strings: ArticleStrings) {
  const report = (node: AnyNode | MdxJsxNode, reason: string, ruleId: string, hint?: string) =>
    parts.problems.push({ reason, line: node.position?.start.line, column: node.position?.start.column, ruleId, ...(hint ? { hint } : {}) });
  const ctx: ComponentContext = { toHtml: serialize, authoredHref, strings };
  const scripts = new Set<PageScript>(parts.scripts);

  const heading = (element: Element, text: string) => {
    const id = element.properties?.['id'];
    if (typeof id === 'string') parts.headings.push({ depth: Number(element.tagName.slice(1)), slug: id, text });
  };
  const convert = (nodes: readonly RootContent[]): ElementContent[] => nodes.flatMap((node) => convertNode(node as AnyNode));
  const convertNode = (node: AnyNode): ElementContent[] => {
    switch (node.type as string) {
      case 'element': {
        const element = node as Element;
        if (HEADINGS.includes(element.tagName)) heading(element, textOf(element));
        if (element.tagName === 'img') return [localImage(element, parts.images)];
        return [{ ...element, children: convert(element.children) }];
      }
      case 'text':
      case 'raw':
        return [node as ElementContent];
      case 'comment':
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return convertComponent(node as unknown as MdxJsxNode);
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = (node as unknown as { value: string }).value;
        // A comment renders nothing (pins are comments too, removed earlier by remark-heading-ids).
        if (/^\s*(\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*$/.test(value)) return [];
        report(node, `Expression \`{${value.trim().slice(0, 40)}}\` is not allowed: articles are content, not code. Write the text itself (to show braces, escape them: \`\\{\`)`, 'mdx-expression');
        return [];
      }
      case 'mdxjsEsm':
        report(node, '`import` and `export` are not allowed in articles: the components need no import, and an article cannot run code', 'mdx-esm',
          'MDX reads a paragraph that starts with the word "import" or "export" as code: if this is a sentence, start it with another word');
        return [];
      default:
        report(node, `Unexpected \`${node.type}\` in the article: write Markdown or use a component (see docs/authoring.md)`, 'mdx-unsupported');
        return [];
    }
  };

  const convertComponent = (node: MdxJsxNode): ElementContent[] => {
    const name = node.name ?? '';
    const component = Object.hasOwn(authoringComponents, name) ? authoringComponents[name as keyof typeof authoringComponents] : undefined;
    if (!component) {
      // Capitalised unknown names are reported by the authoring rules with a did-you-mean; here, raw HTML.
      if (!/^[A-Z]/.test(name)) {
        const guess = closest(name, AUTHORING_COMPONENTS);
        report(node, name === ''
          ? 'A fragment `<>…</>` is not allowed in articles: write the content without it'
          : `Raw HTML \`<${name}>\` is not allowed in articles${guess && guess.toLowerCase() === name.toLowerCase() ? `: components start with a capital letter, write \`<${guess}>\`` : ': write Markdown, or use a component (see docs/authoring.md)'}`, 'no-raw-html');
      }
      return [];
    }
    const props: Record<string, string | true> = {};
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute' || !attr.name) {
        report(node, `Spread attributes are not allowed on \`<${name}>\`: write each attribute with a quoted value, as in \`<${name} title="…">\``, 'component-props');
      } else if (attr.value === null || attr.value === undefined) {
        props[attr.name] = true;
      } else if (typeof attr.value === 'string') {
        props[attr.name] = attr.value;
      } else {
        report(node, `\`<${name} ${attr.name}={…}>\`: attribute values are text in quotes, not code: write \`${attr.name}="…"\``, 'component-props');
      }
    }
    const children = convert(node.children);
    try {
      const rendered = component.render(props, children, ctx);
      if (component.script && !scripts.has(component.script)) {
        scripts.add(component.script);
        parts.scripts.push(component.script);
        parts.scripts.sort();
      }
      return rendered;
    } catch (error) {
      if (!(error instanceof ComponentPropsError)) throw error;
      report(node, error.message, 'component-props');
      return [];
    }
  };

  return { heading, node: convertNode, component: convertComponent };
}

/**
 * An image next to the article becomes the marker Astro's content layer resolves when the page renders
 * (`render(entry)` of an entry stored with `rendered.metadata.imagePaths`): the optimized file, its
 * width, height and `srcset`. The same marker Astro's own Markdown pipeline writes
 * (`@astrojs/markdown-satteri`, its image-marker plugin); other images are left as written.
 */
function localImage(img: Element, images: string[]): Element {
  const { src, ...rest } = img.properties ?? {};
  if (typeof src !== 'string' || !/^\.{1,2}\//.test(src)) return img;
  const path = decodeURI(src);
  const index = images.filter((i) => i === path).length;
  images.push(path);
  return { ...img, properties: { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src: path, index }) } };
}

/** The text of an element, as a heading's text in the table of contents. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
