// What will happen to an answer once confirmed, said before the agent confirms it: e-mailed and shown on
// the tracking page, or shown there only (no address given, or a server that sends no e-mail).
import { m } from '$lib/i18n/messages';

export type AnswerDelivery = 'mail' | 'no_address' | 'no_mail_server' | 'unknown';

/**
 * @param email the requester's address ('' when they gave none)
 * @param mailConfigured whether the server sends e-mails (null: it could not be asked)
 */
export function answerDelivery(email: string, mailConfigured: boolean | null): AnswerDelivery {
	if (!email) return 'no_address';
	if (mailConfigured === null) return 'unknown';
	return mailConfigured ? 'mail' : 'no_mail_server';
}

/** The confirmation's sentence for that delivery. */
export function deliverySentence(delivery: AnswerDelivery, email: string): string {
	switch (delivery) {
		case 'mail':
			return m.desk_answer_confirm_mail({ email });
		case 'no_address':
			return m.desk_answer_confirm_no_mail();
		case 'no_mail_server':
			return m.desk_answer_confirm_no_server();
		case 'unknown':
			return m.desk_answer_confirm_unknown({ email });
	}
}
