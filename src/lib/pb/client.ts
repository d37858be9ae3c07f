import PocketBase from 'pocketbase';

/**
 * The one SDK instance. PocketBase serves the app itself, so the API is on the same origin
 * (in `npm run dev`, Vite proxies /api). The default LocalAuthStore keeps the staff session
 * in localStorage under `pocketbase_auth`.
 */
export const pb = new PocketBase('/');
