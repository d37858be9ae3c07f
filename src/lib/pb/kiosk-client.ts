// The kiosk's own SDK client: its long-lived device token lives under its own storage key, apart from
// any staff session opened in the same browser.
import PocketBase, { LocalAuthStore } from 'pocketbase';
import * as z from 'zod/mini';
import { parseAnswer } from './answer';

export const kioskClient = new PocketBase('/', new LocalAuthStore('qep_kiosk_auth'));

/** True when this device holds a kiosk token. */
export function isEnrolled(): boolean {
	return kioskClient.authStore.isValid && kioskClient.authStore.record?.collectionName === 'kiosks';
}

/** PocketBase's auth answer: the token and the kiosk's record (what the auth store needs of it). */
const enrolledSchema = z.object({
	token: z.string().check(z.minLength(1)),
	record: z.object({ id: z.string(), collectionId: z.string(), collectionName: z.literal('kiosks') })
});

/** Exchanges a one-time enrolment code for the kiosk's token; throws the SDK error (400/404) when spent. */
export async function enrol(code: string): Promise<void> {
	const answer = await kioskClient.send('/api/qep/enrol', {
		method: 'POST',
		body: { code },
		requestKey: null
	});
	const { token, record } = parseAnswer(enrolledSchema, answer);
	kioskClient.authStore.save(token, record);
}

/** The kiosk's configuration as the server has it now (parse it with kioskConfigSchema). */
export function fetchConfig(): Promise<unknown> {
	return kioskClient.send('/api/qep/kiosk/config', { requestKey: null });
}
