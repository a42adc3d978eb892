import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The store server this dev server sends `/api` to (`npm run dev` in packages/pos, beside `npm start`). */
const STORE_URL = process.env.KASSA_STORE_URL ?? 'http://127.0.0.1:4101';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': STORE_URL } },
});
