import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** npm test runs the type check and the unit tests through it: a failure of either must fail npm test. */
const script = path.resolve(import.meta.dirname, '../../support/run-together.ts');
const run = (...commands: string[]) => spawnSync(process.execPath, [script, ...commands], { encoding: 'utf8' });

describe('run-together', () => {
  it('fails when any command fails, naming it, after all have ended', () => {
    const result = run('sleep 0.2; echo slow done', 'exit 3');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('slow done');
    expect(result.stderr).toContain('✗ exit 3 failed (exit code 3)');
  });

  it('succeeds when every command does, printing each output whole under its command', () => {
    const result = run('echo one; echo two', 'echo three');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('> echo one; echo two\none\ntwo\n');
    expect(result.stdout).toContain('> echo three\nthree\n');
  });
});
