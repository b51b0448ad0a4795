import { defineConfig } from 'vite';

// Two pages: the form made with the bricks, and the same form made with govuk-frontend's own JavaScript.
export default defineConfig({
  // govuk-frontend's CSS keeps an old Internet Explorer hack (`@media screen\0`) that Vite's CSS minifier refuses
  // unless told to drop what it cannot read.
  css: { lightningcss: { errorRecovery: true } },
  build: { rollupOptions: { input: { civic: 'index.html', govuk: 'govuk.html' } } },
});
