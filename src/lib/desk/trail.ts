// The complaint's audit trail (complaint_events) as plain French sentences: who did what, when, what it
// was before and after. Texts the staff typed (notes) are returned as data, for the page to show inertly.
import { DAY_PATTERN } from '$lib/domain/fields';
import type { TrailEvent } from '$lib/pb/complaint';
import { m } from '$lib/i18n/messages';
import { formatInstant, longDate } from '$lib/format';
import { statusLabel } from './labels';
import { channelLabel } from '$lib/channel-label';

export type { TrailEvent };

export interface TrailEntry {
	id: string;
	/** Who acted: a staff member's name, or the system. */
	who: string;
	/** What happened, one sentence. */
	what: string;
	/** ISO instant, and the same read on the site's clock. */
	at: string;
	when: string;
	/** A change's values before and after, when the event is a change. */
	change?: { before: string; after: string };
	/** A note's text, verbatim. */
	text?: string;
}

export interface TrailContext {
	/** Names of the staff, for assignments. */
	staffName: (id: string) => string | undefined;
	timeZone: string | undefined;
	locale: string;
}

/** What happened to an e-mail (acknowledgement or answer). */
export function mailOutcome(status: unknown): string {
	switch (status) {
		case 'sent':
			return m.desk_mail_sent();
		case 'failed':
			return m.desk_mail_failed();
		case 'not_requested':
			return m.desk_mail_not_requested();
		case 'not_configured':
			return m.desk_mail_not_configured();
		default:
			return m.desk_mail_unknown();
	}
}

const record = (value: unknown): Record<string, unknown> =>
	value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A calendar day ('YYYY-MM-DD', no clock) as "lundi 14 décembre 2026", the same in every time zone. */
function calendarDay(value: unknown, locale: string): string {
	const day = str(value).slice(0, 10);
	return DAY_PATTERN.test(day) ? longDate(`${day}T12:00:00Z`, locale, 'UTC') : m.common_none_inline();
}

const CONTACT_FIELD: Record<string, () => string> = {
	contact_name: m.desk_trail_field_contact_name,
	contact_email: m.desk_trail_field_contact_email,
	contact_phone: m.desk_trail_field_contact_phone,
	contact_address: m.desk_trail_field_contact_address
};

/** "adresse électronique, téléphone": the contact fields a rectification changed (never their values). */
function correctedFields(fields: unknown): string {
	const names = Array.isArray(fields)
		? fields.filter((f): f is string => typeof f === 'string' && f in CONTACT_FIELD)
		: [];
	return names.length ? names.map((f) => CONTACT_FIELD[f]!()).join(', ') : m.common_none_inline();
}

/**
 * An erasure of the personal data: by the nightly retention job (the events written before erasure on
 * request existed say nothing else), by an administrator on the person's request (their reason, verbatim,
 * as a note's text), or by the citizen from their tracking page.
 */
function describeErasure(entry: TrailEntry, data: Record<string, unknown>): void {
	switch (data.by) {
		case 'request':
			entry.what = m.desk_trail_anonymised_request();
			entry.text = str(data.reason);
			break;
		case 'citizen':
			entry.who = m.desk_trail_citizen();
			entry.what = m.desk_trail_anonymised_citizen();
			break;
		default:
			entry.what = m.desk_trail_anonymised({ months: Number(data.retention_months) || 0 });
	}
}

/** One trail event as a sentence. */
export function describeEvent(event: TrailEvent, context: TrailContext): TrailEntry {
	const { timeZone, locale } = context;
	const data = record(event.data);
	const before = record(data.before);
	const after = record(data.after);
	const person = (id: string) =>
		id ? (context.staffName(id) ?? m.desk_trail_someone()) : m.desk_trail_nobody();
	const day = (value: unknown) =>
		str(value) ? longDate(str(value), locale, timeZone) : m.common_none_inline();

	const entry: TrailEntry = {
		id: event.id,
		who: event.actor ? (event.expand?.actor?.name ?? m.desk_trail_someone()) : m.desk_trail_system(),
		what: event.type,
		at: event.created,
		when: formatInstant(event.created, locale, timeZone)
	};
	switch (event.type) {
		case 'received':
			entry.what = m.desk_trail_received({
				channel: channelLabel(str(data.channel)),
				deadline: day(data.deadline_at)
			});
			break;
		case 'acknowledged':
			entry.what = m.desk_trail_acknowledged({ outcome: mailOutcome(data.ack) });
			break;
		case 'assigned':
			entry.what = m.desk_trail_assigned();
			entry.change = { before: person(str(before.assignee)), after: person(str(after.assignee)) };
			break;
		case 'status_changed':
			entry.what = m.desk_trail_status_changed();
			entry.change = { before: statusLabel(str(before.status)), after: statusLabel(str(after.status)) };
			break;
		case 'deadline_moved':
			entry.what = m.desk_trail_deadline_moved({ days: Number(after.paused_days) || 0 });
			entry.change = { before: day(before.deadline_at), after: day(after.deadline_at) };
			break;
		case 'note':
			entry.what = m.desk_note_heading();
			entry.text = str(data.text);
			break;
		case 'answered':
			entry.what = m.desk_trail_answered({ outcome: mailOutcome(data.mail) });
			break;
		case 'anonymised':
			describeErasure(entry, data);
			break;
		case 'erasure_requested':
			// Asked by the citizen from their tracking page: no member of staff acted.
			entry.who = m.desk_trail_citizen();
			entry.what = m.common_erasure_requested();
			break;
		case 'corrected':
			entry.what = m.desk_trail_corrected({ fields: correctedFields(data.fields) });
			break;
		case 'held':
			// The reason is the administrator's own words: returned as text, like a note.
			entry.what = m.desk_trail_held({ date: calendarDay(data.until, locale) });
			entry.text = str(data.reason);
			break;
		case 'released':
			entry.what = m.desk_trail_released();
			if (str(data.reason)) entry.text = str(data.reason);
			break;
	}
	return entry;
}
