import PocketBase, { LocalAuthStore } from 'pocketbase';
import { AUTH_STORAGE_KEY } from './auth-storage';

/**
 * The one SDK instance. PocketBase serves the app itself, so the API is on the same origin
 * (in `npm run dev`, Vite proxies /api). The LocalAuthStore keeps the staff session in localStorage, under
 * the key the root layout looks for before it loads the session for the header (session-ref.svelte.ts).
 */
export const pb = new PocketBase('/', new LocalAuthStore(AUTH_STORAGE_KEY));
