// The Droits des personnes page's search: one box takes an e-mail address or a complaint's reference, as
// GET /api/qep/rights accepts them (the route has the last word), kept in the URL as `?q=`; and what the
// results and the export are called.
import { refusalCodes } from '$lib/pb/errors';
import { REFERENCE_PATTERN } from '$lib/domain/complaint';
import { email } from '$lib/domain/submission-fields';
import { m } from '$lib/i18n/messages';
import type { RightsQuery } from '$lib/pb/rights';
import { holdLabel, parisDay } from './retention';

/** The longest thing the box takes: an e-mail address's limit (a reference is shorter). */
export const SEARCH_MAX = 254;

/** The search as typed: a query to send, or why there is none ('' when nothing was typed). */
export type Search = { query: RightsQuery; code: null } | { query: null; code: '' | 'invalid' };

// The intake's own e-mail rule, so that an address a citizen could give is an address one can look up.
const emailRule = email(SEARCH_MAX);

/** Reads the box (or `?q=`): a reference in any case ("2026-r-000123"), else an e-mail address. */
export function parseSearch(value: string | null | undefined): Search {
	const typed = (value ?? '').trim();
	if (!typed) return { query: null, code: '' };
	const reference = typed.toUpperCase();
	if (REFERENCE_PATTERN.test(reference)) return { query: { reference }, code: null };
	if (typed.includes('@') && emailRule.safeParse(typed).success)
		return { query: { email: typed }, code: null };
	return { query: null, code: 'invalid' };
}

/** What the search is about, as typed in the box and put in `?q=`. */
export const searchText = (query: RightsQuery): string => ('email' in query ? query.email : query.reference);

/** The message next to the box for a code of the form or of the route (`query`, `email`, `reference`). */
export function searchMessage(code: string): string {
	return code === 'required' || code === ''
		? m.admin_rights_search_required()
		: m.admin_rights_search_invalid();
}

/** The export's file name: `donnees-<reference or e-mail>.json`, with nothing a file system would refuse. */
export function exportFileName(query: RightsQuery): string {
	return `donnees-${searchText(query).replace(/[^A-Za-z0-9@._+-]/g, '_')}.json`;
}

/** The sentence that says what was found, for the status line. */
export function foundLabel(query: RightsQuery, complaints: number, suggestions: number): string {
	const who = searchText(query);
	if (complaints === 0 && suggestions === 0) return m.admin_rights_found_none({ who });
	return m.admin_rights_found({ who, complaints, suggestions });
}

/** What happened to an item's personal data: anonymised, held, erasure asked; empty when none applies. */
export function dataStates(
	item: { anonymised_at: string; hold_until?: string; hold_reason?: string; erasure_requested_at?: string },
	locale: string
): string[] {
	const states: string[] = [];
	if (item.anonymised_at)
		states.push(m.admin_rights_state_anonymised({ date: parisDay(item.anonymised_at, locale) }));
	if (item.hold_until && !item.anonymised_at)
		states.push(holdLabel({ until: item.hold_until, reason: item.hold_reason ?? '' }, locale));
	if (item.erasure_requested_at && !item.anonymised_at)
		states.push(
			m.admin_rights_state_erasure_requested({ date: parisDay(item.erasure_requested_at, locale) })
		);
	return states;
}

/** The message next to the box when the route refused the search itself (400 on `query`, `email`, `reference`). */
export function searchRefusal(error: unknown): string | null {
	const codes = refusalCodes(error) ?? {};
	for (const field of ['query', 'email', 'reference']) {
		const code = codes[field];
		if (code) return searchMessage(code);
	}
	return null;
}

const SUGGESTION_STATUS: Record<string, () => string> = {
	read: m.admin_rights_suggestion_read,
	answered: m.admin_rights_suggestion_answered
};

/** A suggestion's status as staff say it: "Lue", "Répondue", or "Non lue" when none is set. */
export const suggestionStatusLabel = (status: string): string =>
	(SUGGESTION_STATUS[status] ?? m.admin_rights_suggestion_new)();
