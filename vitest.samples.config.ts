import { defineConfig } from 'vitest/config';

/** `npm run test:samples`: the checks that read ../shared/samples (CI has it; a bare clone does not). */
export default defineConfig({
  test: {
    include: ['tests/samples/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    maxWorkers: 2,
  },
});
