import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as retention from './retention';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const EXPIRING = '/api/qep/retention/expiring';
const HOLD = '/api/qep/complaints/cmpl00000000001/hold';

const item = {
	id: 'cmpl00000000001',
	reference: '2026-R-000012',
	kind: 'complaint',
	site: 'metz00000000001',
	siteName: 'Metz',
	status: 'closed',
	lastActivityAt: '2024-11-23T09:05:00.000Z',
	expiresAt: '2026-11-24T01:00:00.000Z',
	erasureRequested: false,
	hold: null
};
const expiring = { retentionMonths: 24, days: 30, items: [item] };

beforeEach(() => fakePb.reset());

describe('the coming erasures', () => {
	it('parses the route’s answer, a hold included', async () => {
		const held = { ...item, hold: { until: '2027-01-31', reason: 'Contentieux' } };
		fakePb.answers[EXPIRING] = { ...expiring, items: [item, held] };
		expect(await retention.expiring(30)).toEqual({ ...expiring, items: [item, held] });
		expect(fakePb.optionsOf(EXPIRING, 'send')).toMatchObject({ query: { days: 30 } });
	});

	it('refuses a hold whose end is not a calendar day', async () => {
		for (const until of ['2027-1-31', '2027-13-01', '2027-01-31T00:00:00Z', ' 2027-01-31', '']) {
			fakePb.answers[EXPIRING] = { ...expiring, items: [{ ...item, hold: { until, reason: '' } }] };
			await expect(retention.expiring(30)).rejects.toBeInstanceOf(UnexpectedAnswer);
		}
	});

	it('refuses an item still open or a count that is not whole', async () => {
		fakePb.answers[EXPIRING] = { ...expiring, items: [{ ...item, status: 'received' }] };
		await expect(retention.expiring(30)).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers[EXPIRING] = { ...expiring, days: 30.5 };
		await expect(retention.expiring(30)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});

describe('holds', () => {
	it('holds an item and answers its new state', async () => {
		const complaint = { id: item.id, hold_until: '2027-01-31', hold_reason: 'Contentieux' };
		fakePb.answers[HOLD] = { complaint };
		expect(await retention.hold(item.id, '2027-01-31', 'Contentieux')).toEqual(complaint);
		expect(fakePb.optionsOf(HOLD, 'send')).toMatchObject({
			method: 'POST',
			body: { until: '2027-01-31', reason: 'Contentieux' }
		});
	});

	it('releases with an empty day and reason', async () => {
		fakePb.answers[HOLD] = { complaint: { id: item.id, hold_until: '', hold_reason: '' } };
		expect(await retention.release(item.id)).toEqual({ id: item.id, hold_until: '', hold_reason: '' });
		expect(fakePb.optionsOf(HOLD, 'send')).toMatchObject({ body: { until: '', reason: '' } });
	});
});
