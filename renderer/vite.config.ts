import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset paths so the same build loads from the Electron app's protocol and the web server.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
  },
  worker: { format: 'es' },
});
