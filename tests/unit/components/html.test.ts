import { describe, expect, it } from 'vitest';
import { byTag, decode, only, parse, text } from './html.ts';

// The component tests rely on this small reader, so its tricky cases are pinned here.
describe('test HTML reader', () => {
  it('keeps a ">" inside a quoted attribute value as part of the value', () => {
    const input = only(parse('<input value="&quot;><script>x</script>" name="q"><p>after</p>'), 'input');
    expect(input.attrs).toEqual({ value: '"><script>x</script>', name: 'q' });
  });

  it('reads boolean attributes as empty strings and nests elements', () => {
    const root = parse('<div hidden data-x><span>a</span><br><span>b</span></div>');
    expect(only(root, 'div').attrs).toEqual({ hidden: '', 'data-x': '' });
    expect(byTag(only(root, 'div'), 'span').map((s) => text(s))).toEqual(['a', 'b']);
  });

  it('leaves aria-hidden subtrees out of the spoken text only', () => {
    const root = parse('<p>A<span aria-hidden="true"> › <b>x</b></span><span class="sr-only">, then </span>B</p>');
    expect(text(root)).toBe('A › x, then B');
    expect(text(root, { spoken: true })).toBe('A, then B');
  });

  it('decodes named and numeric character references', () => {
    expect(decode('&amp;&lt;&#34;&#x203A;&rsaquo;&unknown;')).toBe('&<"››&unknown;');
  });

  it('does not parse the content of a script as elements', () => {
    expect(byTag(parse('<script>if (a<b) document.write("<p>")</script><p>x</p>'), 'p')).toHaveLength(1);
  });
});
