/**
 * What an authoring component is once articles render to HTML in the content layer: a function from
 * the literal attributes an author wrote and the already rendered children to hast. No Astro component
 * and no JavaScript module per article: the whole article becomes one HTML string, cached per article.
 */
import type { ElementContent } from 'hast';
import type { ArticleStrings } from '../../i18n/ui.ts';

/** The attributes of a component as written: `<Callout type="tip">` gives `{ type: 'tip' }`, a bare `<X open>` gives `true`. */
export type ComponentProps = Readonly<Record<string, string | true>>;

export interface ComponentContext {
  /** Serializes hast to HTML, as the article itself will be (for components that work on their children's markup). */
  toHtml(nodes: ElementContent[]): string;
  /** An author's root-relative URL as served under the site's base (`/videos/x.mp4` → `/help/videos/x.mp4`). */
  authoredHref(url: string): string;
  /** The words components show, in the article's language. */
  strings: ArticleStrings;
}

/** A component: its props, its rendered children, and the page script it needs (if any). */
export interface AuthoringComponent {
  render(props: ComponentProps, children: ElementContent[], ctx: ComponentContext): ElementContent[];
  /** The browser script the page must load when an article uses this component (ArticleLayout.astro loads it). */
  script?: PageScript;
}

/** Browser scripts that interactive components need; the article layout loads each one when the page has it. */
export type PageScript = 'tabs' | 'video';

/**
 * A wrong prop value, found while rendering: the renderer reports it as a problem at the component's
 * line. The content lint catches most of these earlier, with the same wording.
 */
export class ComponentPropsError extends Error {
  override name = 'ComponentPropsError';
}

/** A prop as a string: `undefined` when absent; a bare attribute (`<X a>`) counts as the empty string. */
export function stringProp(props: ComponentProps, name: string): string | undefined {
  const value = props[name];
  return value === true ? '' : value;
}
