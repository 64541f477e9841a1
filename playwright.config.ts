import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  workers: 1,
  // One retry on CI: a test that passes only on retry is reported as flaky by scripts/test-all.ts.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // A stuck click or fill fails after 20 s naming its locator, instead of running silently into the test timeout.
  use: { actionTimeout: 20_000 },
});
