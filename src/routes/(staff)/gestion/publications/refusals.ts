// The publication route's refusals (400 with field codes) in words, next to the form's fields.
import { m } from '$lib/i18n/messages';
import { refusalCodes } from '$lib/pb/errors';
import { refusalMessage, type Overrides, type Say } from '$lib/pb/refusal-messages';

/** The label's problem, checked before asking the server (3 to 120 characters). */
export function labelError(label: string): string | undefined {
	const text = label.trim();
	if (!text) return m.pub_p_label_required();
	if (text.length < 3) return m.pub_p_label_short();
	if (text.length > 120) return m.pub_p_label_long();
	return undefined;
}

/** The publication form's own sentences for the label and the period, over the back-office's table. */
const PERIOD: Record<string, Say> = {
	too_long: () => m.pub_p_period_too_long(),
	'*': () => m.pub_p_dates_invalid()
};
const WORDS: Overrides = {
	label: {
		too_long: () => m.pub_p_label_long(),
		too_short: () => m.pub_p_label_short(),
		'*': () => m.pub_p_label_required()
	},
	from: PERIOD,
	to: PERIOD
};

/** Field → message for a 400 from /api/qep/publications or /api/qep/indicators; empty otherwise. */
export function publishRefusals(error: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [field, code] of Object.entries(refusalCodes(error) ?? {})) {
		if (!(field in WORDS)) continue;
		result[field === 'label' ? 'label' : 'period'] = refusalMessage(field, code, { overrides: WORDS });
	}
	return result;
}
