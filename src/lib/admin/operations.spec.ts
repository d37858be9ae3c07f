import { beforeAll, describe, expect, it } from 'vitest';
import type { OpsStatus } from '$lib/domain/operations';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import {
	attentionItems,
	checkSummary,
	parisDateTime,
	parseSchedule,
	scheduleInWords,
	sentence,
	waitInWords,
	weekdayName
} from './operations';

beforeAll(() => overwriteGetLocale(() => 'fr'));

/** A healthy status, as a demo server with nothing wrong reports it; `change` overrides parts of it. */
function statusWith(change: Partial<OpsStatus> = {}): OpsStatus {
	return {
		version: '0.1.0',
		mode: 'demo',
		checkedAt: '2026-11-23T09:00:00.000Z',
		healthy: true,
		migrations: { applied: 12, last: '1712000000_ops_events.js', pending: [] },
		backups: { schedule: '30 2 * * *', keep: 14, s3: false, last: null, recent: [] },
		mail: { state: 'ok', lastSentAt: '2026-11-23T08:00:00.000Z' },
		kiosks: { active: 2, pending: 0, lagMinutes: 0, silent: [] },
		complaints: { overdue: 0 },
		alerts: [],
		...change
	};
}

const silentKiosk = {
	id: 'k1',
	name: 'Borne du hall',
	site: 'Metz',
	lastSeenAt: '2026-11-13 08:00:00.000Z',
	silentDays: 7
};

describe('the backup schedule in words', () => {
	const COMMON: [string, string][] = [
		['30 2 * * *', 'tous les jours à 02:30 UTC'],
		['0 23 * * *', 'tous les jours à 23:00 UTC'],
		['5 3 * * 1', 'chaque lundi à 03:05 UTC'],
		['0 4 * * 0', 'chaque dimanche à 04:00 UTC'],
		['0 4 * * 7', 'chaque dimanche à 04:00 UTC'],
		['15 * * * *', 'toutes les heures, à la minute 15'],
		['@daily', 'tous les jours à 00:00 UTC'],
		['@weekly', 'chaque dimanche à 00:00 UTC'],
		['  30 2 * * *  ', 'tous les jours à 02:30 UTC']
	];
	it.each(COMMON)('says %j as "%s", in UTC as PocketBase runs it', (expression, words) => {
		expect(scheduleInWords(expression, 'fr')).toBe(words);
	});

	it('says when backups are off', () => {
		expect(parseSchedule('')).toEqual({ kind: 'off' });
		expect(scheduleInWords('', 'fr')).toBe('aucune (désactivée)');
	});

	it('shows any other expression as it is rather than guessing', () => {
		for (const expression of [
			'*/15 2 * * *',
			'0 2,14 * * *',
			'0 2 1 * *',
			'0 2 * 6 *',
			'0 2 * * 1-5',
			'60 2 * * *',
			'0 24 * * *',
			'0 2 * * 8',
			'0 2 * *',
			'@monthly',
			'* * * * *'
		])
			expect(parseSchedule(expression), expression).toEqual({ kind: 'raw', expression });
		expect(scheduleInWords('0 2 * * 1-5', 'fr')).toBe('selon l’expression cron « 0 2 * * 1-5 » (heure UTC)');
	});

	it('names weekdays in the reader’s language, 0 being Sunday', () => {
		expect([0, 1, 6].map((d) => weekdayName(d, 'fr'))).toEqual(['dimanche', 'lundi', 'samedi']);
		expect(weekdayName(3, 'en')).toBe('Wednesday');
	});
});

describe('what needs attention', () => {
	it('is nothing when the server says all is well', () => {
		expect(attentionItems(statusWith())).toEqual([]);
	});

	it('lists open alerts first, and does not repeat a silent kiosk or the relay an alert already tells', () => {
		const items = attentionItems(
			statusWith({
				healthy: false,
				alerts: [
					{
						key: 'kiosk:k1',
						subject: 'la borne « Borne du hall » (Metz) ne donne plus de nouvelles',
						since: 'x'
					},
					{ key: 'smtp', subject: 'les courriels ne partent plus', since: 'y' }
				],
				kiosks: {
					active: 3,
					pending: 0,
					lagMinutes: 0,
					silent: [silentKiosk, { ...silentKiosk, id: 'k2', name: 'Borne 2' }]
				},
				mail: { state: 'failing', failingSince: '2026-11-23T07:00:00.000Z', lastError: 'dial tcp: refused' }
			})
		);
		expect(items.map((i) => i.kind)).toEqual(['alert', 'alert', 'kiosk_silent']);
		expect(items[2]).toMatchObject({ name: 'Borne 2', site: 'Metz', days: 7 });
	});

	it('tells a failing relay, a failed last backup and pending migrations before any alert is raised', () => {
		const items = attentionItems(
			statusWith({
				healthy: false,
				mail: { state: 'failing', failingSince: '2026-11-23T08:30:00.000Z', lastError: 'timeout' },
				backups: {
					schedule: '30 2 * * *',
					keep: 14,
					s3: false,
					last: { at: '2026-11-23 02:30:01.000Z', outcome: 'failed', detail: 'disk full' },
					recent: []
				},
				migrations: { applied: 11, last: 'a.js', pending: ['b.js'] }
			})
		);
		expect(items).toEqual([
			{ kind: 'mail_failing', since: '2026-11-23T08:30:00.000Z' },
			{ kind: 'backup_failed', at: '2026-11-23 02:30:01.000Z', detail: 'disk full' },
			{ kind: 'migrations_pending', files: ['b.js'] }
		]);
	});

	it('is never empty when the server says something is wrong, even for a reason it does not know', () => {
		expect(attentionItems(statusWith({ healthy: false }))).toEqual([{ kind: 'unhealthy' }]);
	});

	it('leaves a successful last backup, a relay that works and overdue complaints out of it', () => {
		const ok = { at: '2026-11-23 02:30:01.000Z', outcome: 'ok', detail: '' };
		const status = statusWith({
			backups: { schedule: '', keep: 14, s3: true, last: ok, recent: [ok] },
			complaints: { overdue: 4 }
		});
		expect(attentionItems(status)).toEqual([]);
	});
});

describe('words of the page', () => {
	it('gives Paris time, from ISO and PocketBase datetimes', () => {
		expect(parisDateTime('2026-11-23 02:30:00.000Z', 'fr')).toBe('23 novembre 2026 à 03:30');
		expect(parisDateTime('2026-07-01T02:30:00.000Z', 'fr')).toBe('1er juillet 2026 à 04:30');
		expect(parisDateTime('', 'fr')).toBe('—');
		expect(parisDateTime(undefined, 'fr')).toBe('—');
	});

	it('says how long the oldest submission has waited', () => {
		expect(waitInWords(0)).toBe('0 min');
		expect(waitInWords(45)).toBe('45 min');
		expect(waitInWords(185)).toBe('3 h 05 min');
		expect(waitInWords(2 * 1440 + 4 * 60 + 59)).toBe('2 j 4 h');
	});

	it('starts an alert subject with a capital', () => {
		expect(sentence('les courriels ne partent plus')).toBe('Les courriels ne partent plus');
		expect(sentence('')).toBe('');
	});

	it('names what a check raised and cleared by their subjects', () => {
		const kiosk = { key: 'kiosk:k1', subject: 'la borne « A » (Metz) ne donne plus de nouvelles', since: '' };
		const smtp = { key: 'smtp', subject: 'les courriels ne partent plus', since: '' };
		expect(checkSummary({ raised: ['kiosk:k1'], cleared: ['smtp'] }, [smtp], [kiosk])).toBe(
			'Vérification terminée. Nouvelles alertes, envoyées par courriel aux administrateurs (1) : ' +
				'la borne « A » (Metz) ne donne plus de nouvelles. Retour à la normale (1) : les courriels ne partent plus.'
		);
		expect(checkSummary({ raised: [], cleared: ['kiosk:gone'] }, [], [])).toBe(
			'Vérification terminée. Retour à la normale (1) : kiosk:gone.'
		);
		expect(checkSummary({ raised: [], cleared: [] }, [], [])).toBe(
			'Vérification terminée : aucune nouvelle alerte, aucun retour à la normale.'
		);
	});
});
