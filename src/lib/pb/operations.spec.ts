import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as operations from './operations';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const status = {
	version: '1.4.0',
	mode: 'production',
	checkedAt: '2026-12-01T10:00:00Z',
	healthy: true,
	migrations: { applied: 12, last: '1760000000_kiosks.js', pending: [] },
	backups: { schedule: '0 3 * * *', keep: 7, s3: false, last: null, recent: [] },
	mail: { state: 'ok' },
	kiosks: { active: 2, pending: 0, lagMinutes: 0, silent: [] },
	complaints: { overdue: 0 },
	alerts: []
};

beforeEach(() => fakePb.reset());

describe('the operations client', () => {
	it('reads the status', async () => {
		fakePb.answers['/api/qep/status'] = status;
		expect(await operations.status()).toEqual(status);
	});

	it('reads what a check raised and cleared, with the status after it', async () => {
		const outcome = { raised: ['mail'], cleared: ['backup'], status };
		fakePb.answers['/api/qep/status/check'] = { ...outcome, extra: true };
		expect(await operations.check()).toEqual(outcome);
		expect(fakePb.optionsOf('/api/qep/status/check', 'send').method).toBe('POST');
	});

	it.each([
		['keys that are not strings', { raised: [1], cleared: [], status }],
		['no status', { raised: [], cleared: [] }],
		['a status of another shape', { raised: [], cleared: [], status: { ...status, healthy: 'yes' } }]
	])('rejects a check answer with %s', async (_, answer) => {
		fakePb.answers['/api/qep/status/check'] = answer;
		await expect(operations.check()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
