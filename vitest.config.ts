/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests (tests/unit/) and the checks of the built site (tests/build/) run in Node
// with Astro's Vite config, so `astro:content` and `astro/zod` resolve as they do in
// the site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
