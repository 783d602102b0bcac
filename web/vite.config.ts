/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The bundle is served by Flask: it reads server/static/dist/.vite/manifest.json
// (key "src/main.ts") to emit the script and style tags of its HTML shell.
export default defineConfig({
  base: '/static/dist/',
  plugins: [vue()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: '../server/static/dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: 'src/main.ts',
      // The timing report is noise on a busy build machine; sizes are still printed.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:8000', ws: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // The server's column-type catalog, as main.ts loads it before the app mounts.
    setupFiles: ['src/columns/catalog.setup.ts'],
    environment: 'node',
  },
})
