import { describe, expect, it } from 'vitest';
import { highlight, rehypeReportBlocks } from '../../../src/plugins/rehype-report-blocks.ts';
import { render } from './render.ts';

async function html(source: string): Promise<string> {
  return (await render(source, { hastPlugins: [rehypeReportBlocks()] })).html;
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\`\n`;

describe('rehypeReportBlocks', () => {
  it('turns a report block into a pre.report with every code marked', async () => {
    expect(await html(fence('report', 'Diagnostic-Code: smtp; 550 5.1.1 <anna@abc.xyz>: Recipient address rejected')))
      .toBe(
        '<pre class="report" data-report=""><code>Diagnostic-Code: smtp; '
        + '<mark class="error-code">550</mark> <mark class="error-code">5.1.1</mark> '
        + '&#x3C;anna@abc.xyz>: Recipient address rejected\n</code></pre>',
      );
  });

  it('keeps the line breaks of the report', async () => {
    expect(await html(fence('report', 'Sending reported error 0x800CCC0E\nServer: smtp.abc.xyz, Port: 587')))
      .toBe(
        '<pre class="report" data-report=""><code>Sending reported error <mark class="error-code">0x800CCC0E</mark>\n'
        + 'Server: smtp.abc.xyz, Port: 587\n</code></pre>',
      );
  });

  it('leaves a report without codes as plain text', async () => {
    expect(await html(fence('report', 'Mailbox disk quota exceeded')))
      .toBe('<pre class="report" data-report=""><code>Mailbox disk quota exceeded\n</code></pre>');
  });

  it.each([
    ['another language', fence('text', '550 5.1.1 Recipient address rejected'), '<pre><code class="language-text">550 5.1.1 Recipient address rejected\n</code></pre>'],
    ['no language', fence('', '550 5.1.1'), '<pre><code>550 5.1.1\n</code></pre>'],
    ['inline code', 'Look for `550 5.1.1`.\n', '<p>Look for <code>550 5.1.1</code>.</p>'],
    ['a paragraph', 'The server answers 550 5.1.1 here.\n', '<p>The server answers 550 5.1.1 here.</p>'],
  ])('leaves %s alone', async (_, source, expected) => {
    expect(await html(source)).toBe(expected);
  });
});

describe('highlight', () => {
  it('splits text into plain runs and marked codes', () => {
    expect(highlight('smtp; 421 4.4.2 timeout')).toEqual([
      { type: 'text', value: 'smtp; ' },
      { type: 'element', tagName: 'mark', properties: { className: ['error-code'] }, children: [{ type: 'text', value: '421' }] },
      { type: 'text', value: ' ' },
      { type: 'element', tagName: 'mark', properties: { className: ['error-code'] }, children: [{ type: 'text', value: '4.4.2' }] },
      { type: 'text', value: ' timeout' },
    ]);
  });

  it('gives no empty text runs around a code that fills the text', () => {
    expect(highlight('550')).toEqual([
      { type: 'element', tagName: 'mark', properties: { className: ['error-code'] }, children: [{ type: 'text', value: '550' }] },
    ]);
  });

  it('gives an empty list for empty text', () => {
    expect(highlight('')).toEqual([]);
  });
});
