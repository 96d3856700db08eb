/**
 * An image with a caption. The image itself is a Markdown image (Astro optimizes it, and the content
 * check refuses it without alt text):
 * ```mdx
 * <Figure caption="The Restore button of the Mail Service">
 * ![Restore button at the top right of the Mail Service](./images/restore.png)
 * </Figure>
 * ```
 */
import { h } from 'hastscript';
import { type AuthoringComponent, stringProp } from './component.ts';

export const Figure: AuthoringComponent = {
  render(props, children) {
    const caption = stringProp(props, 'caption');
    return [h('figure', { class: 'my-6' }, [...children, ...(caption ? [h('figcaption', { class: 'mt-2 text-sm text-slate-600 dark:text-slate-400' }, caption)] : [])])];
  },
};
