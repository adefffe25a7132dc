import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the HTML reports in the system Chromium (not part of `npm test`; see test-browser/).
export default defineConfig({
  test: {
    include: ['test-browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
