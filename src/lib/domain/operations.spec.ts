import { describe, expect, it } from 'vitest';
import { opsEventSchema, opsStatusSchema } from './operations';

const status = {
	version: '1.0.0',
	mode: 'production',
	checkedAt: '2026-11-02T08:00:00Z',
	healthy: true,
	migrations: { applied: 12, last: '1750000000_x.js', pending: [] },
	backups: { schedule: '0 3 * * *', keep: 7, s3: false, last: null, recent: [] },
	mail: { state: 'unknown' },
	kiosks: { active: 2, pending: 0, lagMinutes: 0, silent: [] },
	complaints: { overdue: 0 },
	alerts: []
};

describe('the operations status', () => {
	it('reads a status with no backup yet and no mail dates', () => {
		expect(opsStatusSchema.parse(status)).toEqual(status);
	});

	it('refuses a count that is not whole, by its path', () => {
		const result = opsStatusSchema.safeParse({ ...status, complaints: { overdue: 1.5 } });
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([['complaints', 'overdue']]);
	});

	it('refuses an unknown mail state', () => {
		expect(opsStatusSchema.safeParse({ ...status, mail: { state: 'down' } }).success).toBe(false);
	});
});

describe('an operations event', () => {
	it('needs a key and a known outcome', () => {
		expect(opsEventSchema.safeParse({ kind: 'backup', key: 'daily', outcome: 'ok' }).success).toBe(true);
		expect(opsEventSchema.safeParse({ kind: 'backup', key: '', outcome: 'ok' }).success).toBe(false);
		expect(opsEventSchema.safeParse({ kind: 'backup', key: 'daily', outcome: 'done' }).success).toBe(false);
	});
});
