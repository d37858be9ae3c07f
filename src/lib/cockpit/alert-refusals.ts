// Why the server refused a step of an alert's life, in words: the alerts' routes answer 400 with the codes
// of pocketbase/pb_hooks/lib/alert-life.js, 404 when the alert is not one the caller sees.
import LIMITS from '../../../pocketbase/pb_hooks/lib/limits.json';
import { checkText } from '$lib/desk/refusals';
import { fieldRefusals } from '$lib/pb/field-refusals';
import { refusalMessage, type Overrides, type TextLimits } from '$lib/pb/refusal-messages';
import { m } from '$lib/i18n/messages';

/** A close reason's limits, the server's. */
export const REASON_LIMITS: TextLimits = LIMITS.reason;

const ALERTS: Overrides = {
	status: { closed: () => m.alerts_error_closed(), acknowledged: () => m.alerts_error_acknowledged() },
	action: { exists: () => m.alerts_error_action_exists() }
};

/** The one message for a refused step ('' for an aborted request): the reason's, else the alert's state's. */
export function alertRefusal(error: unknown): string {
	const refused = fieldRefusals(error, {
		message: (field, code) => refusalMessage(field, code, { limits: REASON_LIMITS, overrides: ALERTS }),
		gone: m.alerts_error_gone
	});
	return refused.reason ?? refused.status ?? refused.action ?? Object.values(refused)[0] ?? '';
}

/** The problem of a close reason before it is sent, as the server would state it (desk/refusals), or ''. */
export const reasonProblem = (text: string): string => checkText(text, REASON_LIMITS);
