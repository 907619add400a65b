// Three tiers: fast unit tests of pure logic; tests over real builds (fixture sites and the real
// site); and the publishing pipelines run or validated for real (tests/pipeline/: they start
// gitlab-ci-local and npm on a copy of the repository, but need no build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'pipeline', include: ['tests/pipeline/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
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
