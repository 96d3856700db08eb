import { describe, expect, it } from 'vitest';
import { compactScript } from '../../../../src/lib/security/inline-script.ts';

describe('compactScript', () => {
  it('drops line comments, blank lines and the indentation', () => {
    const source = [
      '// Remembers the chosen tab.',
      '(() => {',
      '  // Read the stored choice.',
      '  const choice = localStorage.getItem("tab");',
      '',
      '    \t',
      '  if (choice) document.documentElement.dataset.tab = choice;   ',
      '})();',
      '',
    ].join('\n');
    expect(compactScript(source)).toBe([
      '(() => {',
      'const choice = localStorage.getItem("tab");',
      'if (choice) document.documentElement.dataset.tab = choice;',
      '})();',
    ].join('\n'));
  });

  it('keeps a comment that follows code on the same line', () => {
    expect(compactScript('  run(); // now\n')).toBe('run(); // now');
  });

  it('keeps block comments', () => {
    expect(compactScript('/* a */\nrun();')).toBe('/* a */\nrun();');
  });

  it('gives nothing for a script of comments only', () => {
    expect(compactScript('// a\n  // b\n')).toBe('');
  });
});
