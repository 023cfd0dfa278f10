import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { writeStdout } from '../../src/io/stdout.js';

const listenersBefore = process.stdout.listeners('error');

afterEach(() => {
  vi.restoreAllMocks();
});

// The handler stays on process.stdout for the life of the process; take it off for the runner.
afterAll(() => {
  for (const listener of process.stdout.listeners('error')) {
    if (!listenersBefore.includes(listener)) process.stdout.off('error', listener as (error: Error) => void);
  }
});

function stdoutError(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('writeStdout', () => {
  test('writes the text, and a closed pipe (EPIPE) is a clean end with status 0', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    writeStdout('ledger\n');
    expect(write).toHaveBeenCalledWith('ledger\n');
    process.stdout.emit('error', stdoutError('EPIPE'));
    expect(exit).toHaveBeenCalledWith(0);
  });

  test('any other failure: one line on stderr, status 2', () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    writeStdout('x');
    writeStdout('y');
    expect(process.stdout.listeners('error').length).toBe(listenersBefore.length + 1);
    process.stdout.emit('error', stdoutError('ENOSPC'));
    expect(stderr).toHaveBeenCalledWith('cannot write to standard output (ENOSPC)\n');
    expect(exit).toHaveBeenCalledWith(2);
  });
});
