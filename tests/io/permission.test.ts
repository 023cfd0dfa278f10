// A file the user may not read is reported in plain words. A real chmod 000 file cannot be denied
// to root (tests/io/read-table.test.ts runs that case for other users), so here the file system's
// refusal is given directly, and the test runs as root too.
import { describe, expect, test, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const denied = Object.assign(new Error("EACCES: permission denied, open 'locked.csv'"), { code: 'EACCES', errno: -13, syscall: 'open' });
  return { ...actual, open: vi.fn(async () => Promise.reject(denied)), readFile: vi.fn(async () => Promise.reject(denied)) };
});

const { readTable } = await import('../../src/io/read-table.js');
const { InputError } = await import('../../src/errors.js');

describe('a file that may not be read', () => {
  test('is refused naming the file, as permission denied, whoever runs the tool', async () => {
    const error = await readTable('locked.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('locked.csv: permission denied');
  });
});
