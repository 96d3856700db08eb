/**
 * A search box's placeholder that fits the box: the long one ("Describe your problem or paste an error
 * code") where it fits whole, else the short one (`data-placeholder-short`), else as many whole words of
 * the short one as fit, with "…". A placeholder is never cut mid-word, in any language, font or width
 * (German's long one is cut at 360 px otherwise). The text is measured, since a placeholder is no part
 * of the box's scrollWidth. Used by the search dialog and the page forms (home, 404, search page).
 */
let canvas: HTMLCanvasElement | undefined;

export function fitPlaceholder(input: HTMLInputElement): void {
  const short = input.dataset['placeholderShort'];
  const long = (input.dataset['placeholderLong'] ??= input.placeholder);
  const style = getComputedStyle(input);
  // A pixel to spare: the box and the canvas may round a glyph's advance differently.
  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1;
  if (!short || room <= 0) return;
  const context = (canvas ??= document.createElement('canvas')).getContext('2d');
  if (!context) return;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const fits = (text: string) => context.measureText(text).width <= room;
  const words = short.split(' ');
  const candidates = [long, short, ...words.slice(1).map((_, i) => `${words.slice(0, words.length - 1 - i).join(' ')}…`)];
  input.placeholder = candidates.find(fits) ?? candidates.at(-1)!;
}

/** Fits the placeholder now and whenever the box changes width (the window, a phone's rotation, a dialog opening). */
export function keepPlaceholderFitted(input: HTMLInputElement): void {
  new ResizeObserver(() => fitPlaceholder(input)).observe(input);
}
