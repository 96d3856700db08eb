/**
 * "On this page" marks the section being read: the last heading that has scrolled past the top of the
 * window (below the sticky header), as Starlight does. Its link gets `aria-current="true"` (said by screen
 * readers, styled by the CSS). One passive scroll listener, throttled to a frame; no layout is read
 * except the headings' positions.
 */
const toc = document.querySelector<HTMLElement>('[data-toc="sidebar"]');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
// Where a heading stands once a link has scrolled to it: the page's scroll padding and its own scroll margin.
const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
const lines = headings.map((h) => padding + (parseFloat(getComputedStyle(h).scrollMarginTop) || 0));

/**
 * The heading of the section in view: the last one above a line just below the sticky header; at the
 * bottom of the page, the last one (a short last section never reaches that line).
 */
function sectionInView(): HTMLElement | undefined {
  if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) return headings.at(-1);
  let found: HTMLElement | undefined;
  headings.forEach((heading, i) => {
    if (heading.getBoundingClientRect().top - lines[i]! <= 1) found = heading;
  });
  return found ?? headings[0];
}

let scheduled = false;
function update(): void {
  scheduled = false;
  const id = sectionInView()?.id;
  for (const link of links) {
    if (decodeURIComponent(link.hash.slice(1)) === id) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (headings.length > 0) {
  addEventListener('scroll', () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  addEventListener('hashchange', update);
  update();
}

export {};
