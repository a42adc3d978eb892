import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Component tests (`.test.tsx`) say `@vitest-environment happy-dom` in their first comment.
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
