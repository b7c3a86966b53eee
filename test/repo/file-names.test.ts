import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;

describe('file names', () => {
  it('are kebab-case in src/, test/, schemas/ and mappings/ (README.md excepted)', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /^(src|test|schemas|mappings)\//.test(file));

    const offenders = files.filter((file) => {
      const name = path.basename(file);
      return name !== 'README.md' && !KEBAB.test(name);
    });

    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
