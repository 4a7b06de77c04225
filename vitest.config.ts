/** Unit tests of the plain TypeScript in src/lib, src/schemas and src/i18n. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
