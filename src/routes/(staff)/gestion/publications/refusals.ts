// The publication route's refusals (400 with field codes) in words, next to the form's fields.
import { ClientResponseError } from 'pocketbase';
import { m } from '$lib/paraglide/messages.js';

/** The label's problem, checked before asking the server (3 to 120 characters). */
export function labelError(label: string): string | undefined {
	const text = label.trim();
	if (!text) return m.pub_p_label_required();
	if (text.length < 3) return m.pub_p_label_short();
	if (text.length > 120) return m.pub_p_label_long();
	return undefined;
}

/** Field → message for a 400 from /api/qep/publications or /api/qep/indicators; empty otherwise. */
export function publishRefusals(error: unknown): Record<string, string> {
	if (!(error instanceof ClientResponseError) || error.status !== 400) return {};
	const data = (error.response?.data ?? {}) as Record<string, { code?: string }>;
	const result: Record<string, string> = {};
	if (data.label?.code)
		result.label =
			data.label.code === 'too_long'
				? m.pub_p_label_long()
				: data.label.code === 'too_short'
					? m.pub_p_label_short()
					: m.pub_p_label_required();
	for (const field of ['from', 'to'])
		if (data[field]?.code)
			result.period = data[field].code === 'too_long' ? m.pub_p_period_too_long() : m.pub_p_dates_invalid();
	return result;
}
