// Where the SDK keeps the staff session on this device (its LocalAuthStore's key): client.ts gives it to the
// SDK, and the root layout looks for it before it loads the session for the header (lib/state/session-ref.svelte.ts), without the
// SDK. Its own module, so that reading the key does not bring the SDK.
export const AUTH_STORAGE_KEY = 'pocketbase_auth';
