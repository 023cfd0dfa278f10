// expect.poll with room for a busy two-core machine: the page must answer within a second, but a
// test file running beside others may see a slower one.
import { expect } from 'vitest';

export const poll = <T>(read: () => T | Promise<T>, message?: string) => expect.poll(read, { timeout: 5_000, message });
