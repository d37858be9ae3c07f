// Whether the server can e-mail acknowledgements (staff only).
import * as z from 'zod/mini';
import { pb } from './client';
import { parseAnswer } from './answer';

const mailStatusSchema = z.object({ configured: z.boolean() });

/** True when SMTP is configured on the server; throws the SDK error (401 for non-staff) or a zod error. */
export async function mailConfigured(): Promise<boolean> {
	const answer = await pb.send('/api/qep/mail-status', { requestKey: null });
	return parseAnswer(mailStatusSchema, answer).configured;
}
