import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearTrash, leftOvers, recoverOutput, swapIn } from '../../../../src/lib/build/output.ts';
import { tempFolders } from '../../../support/temp-folders.ts';

const newFolder = tempFolders('kb-out-');
/** A folder with `dist` and siblings, each holding an index.html saying its name. */
function siteFolder(...names: string[]): string {
  const dir = newFolder();
  for (const name of names) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'index.html'), name);
  }
  return dir;
}
/** Pids 100 and 200 are running; every other is gone. */
const alive = (pid: number) => pid === 100 || pid === 200;

describe('leftOvers', () => {
  it('finds the staging and old folders of builds that are gone, every replaced build, and nothing else', () => {
    const dir = siteFolder('dist', 'dist.staging-100', 'dist.staging-7', 'dist.old-8', 'dist-docs.staging-9', 'dist.staging-x', 'dist.trash-200', 'dist.trash-9');
    expect(leftOvers(path.join(dir, 'dist'), alive).map((l) => [path.basename(l.folder), l.kind, l.pid]).sort()).toEqual([
      ['dist.old-8', 'old', 8],
      ['dist.staging-7', 'staging', 7],
      ['dist.trash-200', 'trash', 200],
      ['dist.trash-9', 'trash', 9],
    ]);
  });
});

describe('recoverOutput', () => {
  it('removes what killed builds left and keeps a running build\'s staging folder', () => {
    const dir = siteFolder('dist', 'dist.staging-100', 'dist.staging-7', 'dist.old-8');
    const done = recoverOutput(path.join(dir, 'dist'), alive);
    expect(readdirSync(dir).sort()).toEqual(['dist', 'dist.staging-100']);
    expect(done).toHaveLength(2);
    expect(done.join('\n')).toMatch(/removed .*dist\.staging-7, left by a killed build \(pid 7\)/);
  });

  it('puts the last good build back when a build was killed between the two renames of the swap', () => {
    const dir = siteFolder('dist.old-8', 'dist.staging-8');
    const done = recoverOutput(path.join(dir, 'dist'), alive);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe('dist.old-8');
    expect(done[0]).toMatch(/restored .*dist from .*dist\.old-8, left by a build killed while swapping/);
  });

  it('does nothing when no build was killed, and leaves a replaced build to clearTrash', () => {
    const dir = siteFolder('dist', 'dist.trash-9');
    expect(recoverOutput(path.join(dir, 'dist'), alive)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['dist', 'dist.trash-9']);
  });
});

describe('swapIn', () => {
  it('replaces dist with the staging folder, and keeps the replaced build aside for the next build to delete', () => {
    const dir = siteFolder('dist', `dist.staging-${process.pid}`);
    swapIn(path.join(dir, `dist.staging-${process.pid}`), path.join(dir, 'dist'));
    expect(readdirSync(dir).sort()).toEqual(['dist', `dist.trash-${process.pid}`]);
    expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe(`dist.staging-${process.pid}`);
    expect(readFileSync(path.join(dir, `dist.trash-${process.pid}/index.html`), 'utf8')).toBe('dist');
  });

  it('puts the first build in place when there was no dist yet', () => {
    const dir = siteFolder('dist.staging-1');
    swapIn(path.join(dir, 'dist.staging-1'), path.join(dir, 'dist'));
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});

describe('clearTrash', () => {
  it('deletes every replaced build, whole, and nothing else', async () => {
    const dir = siteFolder('dist', 'dist.trash-9', 'dist.trash-200', 'dist.staging-100');
    mkdirSync(path.join(dir, 'dist.trash-9/guides/restore'), { recursive: true });
    writeFileSync(path.join(dir, 'dist.trash-9/guides/restore/index.html'), 'old');
    await clearTrash(path.join(dir, 'dist'));
    expect(readdirSync(dir).sort()).toEqual(['dist', 'dist.staging-100']);
  });

  it('has nothing to do after a first build', async () => {
    const dir = siteFolder('dist');
    await clearTrash(path.join(dir, 'dist'));
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});
