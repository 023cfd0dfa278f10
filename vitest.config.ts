import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built command; the CI machine has two cores.
    testTimeout: 60_000,
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
