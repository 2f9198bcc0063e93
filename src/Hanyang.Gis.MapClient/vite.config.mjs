import { defineConfig } from 'vite';

// The map is served by Hanyang.Gis.Server at "/"; assets use relative paths so any base path works.
// During development `vite` proxies the API to a running server (dotnet run --project src/Hanyang.Gis.Server).
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/ogc': 'http://127.0.0.1:5080',
      '/api': 'http://127.0.0.1:5080',
    },
  },
});
