// Two tiers: fast unit tests of pure logic, and tests over real builds (fixture sites and the real site).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Each file builds its own fixture folders (tests/.tmp/<name>); two at a time on two cores.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
