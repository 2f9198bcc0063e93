// Vite configuration for the Hanyang.Gis map client.
// The build goes to dist/ with relative asset paths, so the ASP.NET server can serve it at any base path.
// `server.proxy` applies to `npm run dev` only: it forwards the API to a running Hanyang.Gis server
// (override the target with HANYANG_API=http://host:port).
import { defineConfig } from 'vite';

const api = process.env.HANYANG_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    proxy: {
      '/ogc': { target: api, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/ogc': { target: api, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
    },
  },
});
