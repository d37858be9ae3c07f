// Whether the server can e-mail acknowledgements (staff only).
import { pb } from './client';

/** True when SMTP is configured on the server; throws the SDK error otherwise (401 for non-staff). */
export async function mailConfigured(): Promise<boolean> {
	const answer = await pb.send<{ configured?: unknown }>('/api/qep/mail-status', { requestKey: null });
	return answer.configured === true;
}
