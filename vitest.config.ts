import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration tests talk to real daemons; a flaky retry would hide exactly the races we test for.
    retry: 0,
    // TMPDIR is one directory per run, removed when it ends: what tests leave in it goes with it.
    globalSetup: ['__tests__/support/run-tmpdir.ts'],
  },
});
