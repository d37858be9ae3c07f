// The Exploitation page's readings of the server status (GET /api/qep/status): the backup schedule in
// words, what needs the administrator's attention, waits in words. Pure, apart from the message catalogue.
import type { OpsStatus } from '$lib/domain/operations';
import { formatInstant } from '$lib/format';
import { m } from '$lib/i18n/messages';

/** The prefecture's clock: the server's instants are UTC, administrators read them in Paris time. */
export const TIME_ZONE = 'Europe/Paris';

/** "23 novembre 2026 à 10:05" in Paris time, from an ISO or PocketBase datetime; '—' when empty. */
export const parisDateTime = (value: string | undefined, locale: string): string =>
	value ? formatInstant(value, locale, TIME_ZONE) : '—';

/** A backup schedule as people say it; `raw` for any cron expression this does not put into words. */
export type Schedule =
	| { kind: 'off' }
	| { kind: 'daily'; time: string }
	| { kind: 'weekly'; weekday: number; time: string }
	| { kind: 'hourly'; minute: number }
	| { kind: 'raw'; expression: string };

const MACROS: Record<string, Schedule> = {
	'@daily': { kind: 'daily', time: '00:00' },
	'@midnight': { kind: 'daily', time: '00:00' },
	'@weekly': { kind: 'weekly', weekday: 0, time: '00:00' },
	'@hourly': { kind: 'hourly', minute: 0 }
};

/** A whole number within min..max written as digits only, or null. */
function whole(field: string | undefined, min: number, max: number): number | null {
	if (field === undefined || !/^\d{1,2}$/.test(field)) return null;
	const n = Number(field);
	return n >= min && n <= max ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The common forms of PocketBase's 5-field cron (minute hour day month weekday, weekday 0 = Sunday):
 * "30 2 * * *" daily, "0 3 * * 1" weekly, "15 * * * *" hourly, the @daily/@weekly/@hourly macros;
 * '' is off. Anything else (lists, ranges, steps, days of the month) stays raw.
 */
export function parseSchedule(cron: string): Schedule {
	const expression = cron.trim();
	if (expression === '') return { kind: 'off' };
	const macro = MACROS[expression];
	if (macro) return macro;
	const fields = expression.split(/\s+/);
	const raw: Schedule = { kind: 'raw', expression };
	if (fields.length !== 5 || fields[2] !== '*' || fields[3] !== '*') return raw;
	const minute = whole(fields[0], 0, 59);
	if (minute === null) return raw;
	if (fields[1] === '*') return fields[4] === '*' ? { kind: 'hourly', minute } : raw;
	const hour = whole(fields[1], 0, 23);
	if (hour === null) return raw;
	const time = `${pad(hour)}:${pad(minute)}`;
	if (fields[4] === '*') return { kind: 'daily', time };
	const weekday = whole(fields[4], 0, 7);
	return weekday === null ? raw : { kind: 'weekly', weekday: weekday % 7, time };
}

/** "lundi" / "Monday" for 0 = Sunday … 6 = Saturday. */
export function weekdayName(weekday: number, locale: string): string {
	// 7 January 2024 was a Sunday.
	const day = new Date(Date.UTC(2024, 0, 7 + weekday));
	return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/**
 * "tous les jours à 02:30 UTC" for "30 2 * * *". PocketBase runs its cron in UTC, so the time is said
 * in UTC rather than silently shifted into Paris time (which moves with daylight saving).
 */
export function scheduleInWords(cron: string, locale: string): string {
	const schedule = parseSchedule(cron);
	switch (schedule.kind) {
		case 'off':
			return m.ops_schedule_off();
		case 'daily':
			return m.ops_schedule_daily({ time: schedule.time });
		case 'weekly':
			return m.ops_schedule_weekly({ day: weekdayName(schedule.weekday, locale), time: schedule.time });
		case 'hourly':
			return m.ops_schedule_hourly({ minute: pad(schedule.minute) });
		case 'raw':
			return m.ops_schedule_raw({ expression: schedule.expression });
	}
}

/** "45 min", "3 h 05 min", "2 j 4 h": how long the oldest unsent submission has waited. */
export function waitInWords(minutes: number): string {
	const total = Math.max(0, Math.floor(minutes));
	const days = Math.floor(total / 1440);
	const hours = Math.floor((total % 1440) / 60);
	const rest = total % 60;
	if (days > 0) return m.ops_wait_days({ days, hours });
	if (hours > 0) return m.ops_wait_hours({ hours, minutes: pad(rest) });
	return m.ops_wait_minutes({ minutes: rest });
}

/** One thing that needs the administrator, most urgent kinds first. */
export type Attention =
	| { kind: 'alert'; key: string; subject: string; since: string }
	| { kind: 'kiosk_silent'; id: string; name: string; site: string; days: number }
	| { kind: 'mail_failing'; since: string }
	| { kind: 'backup_failed'; at: string; detail: string }
	| { kind: 'migrations_pending'; files: string[] }
	| { kind: 'unhealthy' };

/**
 * What makes the status unhealthy (the server's isHealthy in lib/ops-status.js): open alerts, then silent
 * kiosks, a failing mail relay, a failed last backup and pending migrations not already told by an alert.
 * Empty when healthy; never empty when the server says it is not, even for a reason this page predates.
 */
export function attentionItems(status: OpsStatus): Attention[] {
	const open = new Set(status.alerts.map((a) => a.key));
	const items: Attention[] = status.alerts.map((a) => ({ kind: 'alert', ...a }));
	for (const k of status.kiosks.silent)
		if (!open.has(`kiosk:${k.id}`))
			items.push({ kind: 'kiosk_silent', id: k.id, name: k.name, site: k.site, days: k.silentDays });
	if (status.mail.state === 'failing' && !open.has('smtp'))
		items.push({ kind: 'mail_failing', since: status.mail.failingSince ?? '' });
	const last = status.backups.last;
	if (last && last.outcome !== 'ok') items.push({ kind: 'backup_failed', at: last.at, detail: last.detail });
	if (status.migrations.pending.length > 0)
		items.push({ kind: 'migrations_pending', files: status.migrations.pending });
	if (items.length === 0 && !status.healthy) items.push({ kind: 'unhealthy' });
	return items;
}

/** An alert's subject as a sentence ("la borne … ne donne plus de nouvelles" → "La borne …"). */
export const sentence = (subject: string): string =>
	subject.charAt(0).toLocaleUpperCase('fr') + subject.slice(1);

/**
 * What a check did, in words, naming each alert by its subject: `before` knows the alerts it cleared,
 * `after` the ones it raised. A key no status names (gone in between) is shown as is.
 */
export function checkSummary(
	outcome: { raised: string[]; cleared: string[] },
	before: OpsStatus['alerts'],
	after: OpsStatus['alerts']
): string {
	const subjects = new Map([...before, ...after].map((a) => [a.key, a.subject]));
	const names = (keys: string[]) => keys.map((k) => subjects.get(k) ?? k).join(' ; ');
	const parts: string[] = [];
	if (outcome.raised.length > 0)
		parts.push(m.ops_check_raised({ count: outcome.raised.length, alerts: names(outcome.raised) }));
	if (outcome.cleared.length > 0)
		parts.push(m.ops_check_cleared({ count: outcome.cleared.length, alerts: names(outcome.cleared) }));
	return parts.length > 0 ? `${m.ops_check_done()} ${parts.join(' ')}` : m.ops_check_nothing();
}
