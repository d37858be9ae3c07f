import { describe, expect, it } from 'vitest';
import { isHealthy, kioskStatus, pendingMigrations, silentWorkingDays } from './ops-status.js';

const metz = { zone: 'metropole', timeZone: 'Europe/Paris', closures: [] };
const martinique = { zone: 'martinique', timeZone: 'America/Martinique', closures: [] };

describe('silentWorkingDays', () => {
	// 2026-12-07 is a Monday.
	it('counts nothing while the last contact was today or on the last working day', () => {
		expect(silentWorkingDays('2026-12-07T08:00:00Z', metz, '2026-12-07T17:00:00Z')).toBe(0);
		expect(silentWorkingDays('2026-12-07T16:00:00Z', metz, '2026-12-08T15:00:00Z')).toBe(0);
		// Friday evening to Monday morning: the weekend is not a working day.
		expect(silentWorkingDays('2026-12-04T17:00:00Z', metz, '2026-12-07T09:00:00Z')).toBe(0);
	});

	it('counts each whole working day without contact', () => {
		expect(silentWorkingDays('2026-12-07T16:00:00Z', metz, '2026-12-09T08:00:00Z')).toBe(1);
		// Seen Thursday, checked on Saturday: Friday was a whole silent working day.
		expect(silentWorkingDays('2026-12-03T10:00:00Z', metz, '2026-12-05T10:00:00Z')).toBe(1);
		// Around Christmas: the 25th is a holiday, not a silent day.
		expect(silentWorkingDays('2026-12-24T10:00:00Z', metz, '2026-12-28T10:00:00Z')).toBe(0);
	});

	it('reads days in the site’s own time zone and calendar', () => {
		// 2026-12-08 02:00 UTC is still the 7th in Martinique (UTC-4).
		expect(silentWorkingDays('2026-12-06T20:00:00Z', martinique, '2026-12-08T02:00:00Z')).toBe(0);
		expect(silentWorkingDays('2026-12-06T20:00:00Z', metz, '2026-12-08T02:00:00Z')).toBe(1);
		const closed = { ...metz, closures: ['2026-12-08'] };
		expect(silentWorkingDays('2026-12-07T16:00:00Z', closed, '2026-12-09T08:00:00Z')).toBe(0);
	});
});

describe('kioskStatus', () => {
	const kiosk = (overrides) => ({
		id: 'k1',
		name: 'Borne hall',
		siteName: 'Metz',
		site: metz,
		lastSeenAt: '2026-12-07T09:00:00Z',
		created: '2026-11-01T09:00:00Z',
		pending: 0,
		lastSyncAt: '',
		...overrides
	});

	it('adds up what waits in the outboxes and how long the oldest has waited', () => {
		const status = kioskStatus(
			[
				kiosk({ pending: 3, lastSyncAt: '2026-12-07T08:00:00Z' }),
				kiosk({ id: 'k2', pending: 2, lastSyncAt: '2026-12-07T09:30:00Z' }),
				kiosk({ id: 'k3' })
			],
			'2026-12-07T10:00:00Z'
		);
		expect(status).toEqual({ active: 3, pending: 5, lagMinutes: 120, silent: [] });
	});

	it('lists the kiosks silent for a whole working day, the never-seen ones from their enrolment', () => {
		const status = kioskStatus(
			[
				kiosk({ lastSeenAt: '2026-12-03T09:00:00Z' }),
				kiosk({ id: 'k2', lastSeenAt: '', created: '2026-12-01T09:00:00Z' })
			],
			'2026-12-07T10:00:00Z'
		);
		expect(status.silent).toEqual([
			{ id: 'k1', name: 'Borne hall', site: 'Metz', lastSeenAt: '2026-12-03T09:00:00Z', silentDays: 1 },
			{ id: 'k2', name: 'Borne hall', site: 'Metz', lastSeenAt: '', silentDays: 3 }
		]);
	});
});

describe('pendingMigrations and isHealthy', () => {
	it('names the migration files not applied yet', () => {
		expect(pendingMigrations(['2_b.js', '1_a.js', 'README.md', '3_c.js'], ['1_a.js', '2_b.js'])).toEqual([
			'3_c.js'
		]);
	});

	const healthy = {
		alerts: [],
		migrations: { pending: [] },
		backups: { last: { outcome: 'ok' } },
		mail: { state: 'ok' },
		kiosks: { silent: [] }
	};

	it('is healthy only when nothing needs the operator', () => {
		expect(isHealthy(healthy)).toBe(true);
		expect(isHealthy({ ...healthy, backups: { last: null } })).toBe(true);
		expect(isHealthy({ ...healthy, alerts: [{ key: 'smtp' }] })).toBe(false);
		expect(isHealthy({ ...healthy, backups: { last: { outcome: 'failed' } } })).toBe(false);
		expect(isHealthy({ ...healthy, mail: { state: 'failing' } })).toBe(false);
		expect(isHealthy({ ...healthy, kiosks: { silent: [{ id: 'k' }] } })).toBe(false);
		expect(isHealthy({ ...healthy, migrations: { pending: ['9_x.js'] } })).toBe(false);
	});
});
