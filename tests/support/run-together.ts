/**
 * Runs commands at the same time and prints each one's output whole when it ends, then fails if any
 * failed. `npm test` runs the type check (one core for ~20 s) beside the unit tests: on two cores
 * the pair took ~10 s less than one after the other. Hand-written rather than npm-run-all2 or
 * concurrently: those would be a dependency for these lines, and they interleave the outputs.
 *
 *   node tests/support/run-together.ts "npx astro check --noSync" "npx vitest run"
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) throw new Error('usage: run-together.ts "<command>" ["<command>" …]');

const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise<{ command: string; code: number }>((resolve) => {
        // Their output goes to a pipe: keep the colours a terminal would have shown.
        const colours = process.stdout.isTTY && !process.env['NO_COLOR'] ? { FORCE_COLOR: '1' } : {};
        const child = spawn(command, { shell: true, env: { ...process.env, ...colours } });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => {
          process.stdout.write(`\n> ${command}\n${output}`);
          resolve({ command, code: code ?? 1 }); // no code: stopped by a signal
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) console.error(`✗ ${r.command} failed (exit code ${r.code})`);
process.exit(failed.length > 0 ? 1 : 0);
