import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The HQ server this dev server sends `/api` to (`npm run dev` in packages/backoffice, beside `npm start`). */
const HQ_URL = process.env.KASSA_HQ_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5174, proxy: { '/api': HQ_URL } },
});
