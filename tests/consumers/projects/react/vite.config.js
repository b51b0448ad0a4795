import { defineConfig } from 'vite';

// esbuild (in Vite) compiles the TSX; no React plugin is needed for a production build.
export default defineConfig({
  // govuk-frontend's CSS keeps an old Internet Explorer hack (`@media screen\0`) that Vite's CSS minifier refuses
  // unless told to drop what it cannot read.
  css: { lightningcss: { errorRecovery: true } },
  esbuild: { jsx: 'automatic' },
  build: { rollupOptions: { input: { civic: 'index.html', govuk: 'govuk.html' } } },
});
