import { describe, expect, test } from 'vitest';
import { describeFsError } from '../../src/io/fs-error.js';

const errno = (code: string) => Object.assign(new Error(`${code}: raw text, open '/x'`), { code });

describe('describeFsError', () => {
  test.each([
    ['ENOENT', 'no such file or directory'],
    ['EISDIR', 'is a directory, not a file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EIO', 'cannot access it (EIO)'],
  ])('%s', (code, detail) => {
    expect(describeFsError(errno(code))).toBe(detail);
  });

  test('not a file-system error', () => {
    expect(describeFsError(new Error('boom'))).toBeUndefined();
    expect(describeFsError('boom')).toBeUndefined();
  });
});
