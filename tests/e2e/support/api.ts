// Node-side access to the end-to-end server (started by scripts/e2e.js), for seeding through the API.
import PocketBase from 'pocketbase';
import { SUPERUSER } from '../../support/server.js';
import { superClient } from '../../support/world';

/** The server the browser talks to. */
export const baseURL = () => {
	const url = process.env.E2E_BASE_URL;
	if (!url) throw new Error('E2E_BASE_URL is not set: run the tests with `npm run test:e2e`.');
	return url;
};

/**
 * A superuser client for test setup. On the run's server, with the token scripts/e2e.js signed in once
 * (sign-ins are rate-limited per address, and every browser and worker of the run shares one); on a
 * test's own server, signed in with the password.
 */
export function superuser(url = baseURL()): Promise<PocketBase> {
	const token = url === baseURL() ? process.env.E2E_SUPERUSER_TOKEN : undefined;
	return superClient(url, { ...SUPERUSER, token });
}

/** A client acting as the demo quality referent. */
export async function referent(su: PocketBase): Promise<PocketBase> {
	const record = await su.collection('staff').getFirstListItem('email = "referente@demo.qual-e-pref.fr"');
	const client = await su.collection('staff').impersonate(record.id, 3600);
	client.autoCancellation(false);
	return client;
}
