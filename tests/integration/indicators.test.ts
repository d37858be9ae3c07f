// GET /api/qep/indicators against a real PocketBase: the counts summed by SQLite from what the ingest
// stored, for a period and the one it is compared with, the complaint figures, and only for the caller's
// sites.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayIn } from '../../src/lib/domain/day';
import { shiftDay } from '../../src/lib/domain/receipt-date';
import { complaintItem, submit } from '../support/complaints';
import { ingest, surveyItem } from '../support/surveys';
import { createWorld, superClient, type World } from '../support/world';

type Counts = Record<
	'very_satisfied' | 'satisfied' | 'dissatisfied' | 'very_dissatisfied' | 'no_opinion',
	number
>;
interface Board {
	period: { from: string; to: string };
	previous: { from: string; to: string };
	cells: { key: string; counts: Counts; previous: Counts }[];
	total: { counts: Counts; previous: Counts };
	complaints: {
		received: number;
		byKind: Record<string, number>;
		answered: number;
		inTimeShare: number | null;
		medianDays: number | null;
		overdueNow: number;
	};
	policy: { threshold: number; minimum_sample: number };
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TODAY = dayOf(Date.now());
const daysAgo = (n: number) => dayOf(Date.now() - n * 86400000);
const counts = (vs: number, s: number, d: number, vd: number, none: number): Counts => ({
	very_satisfied: vs,
	satisfied: s,
	dissatisfied: d,
	very_dissatisfied: vd,
	no_opinion: none
});

let w: World;
let su: PocketBase;
const board = (client: PocketBase, query: Record<string, string>) =>
	client.send<Board>('/api/qep/indicators', { query });

async function answer(day: string, values: string[], channel = 'web') {
	const items = values.map((value) =>
		surveyItem(w, { channel, day, answers: [{ question: w.question.id, value }] })
	);
	const results = await ingest(w.clients.agent, items);
	expect(results.every((r) => r.status === 'created')).toBe(true);
}

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
	// This week: 3 very satisfied, 4 satisfied, 2 dissatisfied, 1 very dissatisfied, 2 without opinion.
	await answer(TODAY, ['very_satisfied', 'very_satisfied', 'satisfied', 'satisfied', 'dissatisfied']);
	await answer(daysAgo(2), ['very_satisfied', 'satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied']);
	await answer(daysAgo(3), ['no_opinion', 'no_opinion'], 'paper');
	// The week before: 1 satisfied, 3 dissatisfied.
	await answer(daysAgo(9), ['satisfied', 'dissatisfied', 'dissatisfied', 'dissatisfied']);
});

describe('the satisfaction counts', () => {
	it('sums the answers of the period by engagement, next to those of the period before', async () => {
		const result = await board(w.clients.agent, { from: daysAgo(6), to: TODAY, site: w.siteA.id });
		expect(result.previous).toEqual({ from: daysAgo(13), to: daysAgo(7) });
		expect(result.cells).toEqual([
			{ key: w.engagement.id, counts: counts(3, 4, 2, 1, 2), previous: counts(0, 1, 3, 0, 0) }
		]);
		expect(result.total.counts).toEqual(counts(3, 4, 2, 1, 2));
		expect(result.policy).toEqual({ threshold: 0.75, minimum_sample: 10 });
	});

	it('breaks down by channel and by day, and filters by channel', async () => {
		const byChannel = await board(w.clients.agent, {
			from: daysAgo(6),
			to: TODAY,
			site: w.siteA.id,
			by: 'channel'
		});
		expect(byChannel.cells.map((c) => [c.key, c.counts])).toEqual([
			['paper', counts(0, 0, 0, 0, 2)],
			['web', counts(3, 4, 2, 1, 0)]
		]);
		const byDay = await board(w.clients.agent, { from: daysAgo(6), to: TODAY, site: w.siteA.id, by: 'day' });
		expect(byDay.cells.map((c) => c.key)).toEqual([daysAgo(3), daysAgo(2), TODAY]);
		const paper = await board(w.clients.agent, {
			from: daysAgo(6),
			to: TODAY,
			site: w.siteA.id,
			channel: 'paper'
		});
		expect(paper.total.counts).toEqual(counts(0, 0, 0, 0, 2));
	});

	it('shows an agent of another site nothing of site A, a referent everything', async () => {
		const other = await board(w.clients.otherAgent, { from: daysAgo(6), to: TODAY, site: w.siteA.id });
		expect(other.cells).toEqual([]);
		expect(other.complaints.received).toBe(0);
		const referent = await board(w.clients.referent, { from: daysAgo(6), to: TODAY, site: w.siteA.id });
		expect(referent.total.counts).toEqual(counts(3, 4, 2, 1, 2));
	});

	it('is for staff only, and refuses a malformed question field by field', async () => {
		for (const client of [w.clients.anonymous, w.clients.kiosk]) {
			const error = await board(client, { from: TODAY, to: TODAY }).catch((e: ClientResponseError) => e);
			expect((error as ClientResponseError).status).toBe(401);
		}
		const error = await board(w.clients.referent, { from: TODAY, to: daysAgo(1), by: 'weather' }).catch(
			(e: ClientResponseError) => e
		);
		expect((error as ClientResponseError).response).toMatchObject({
			data: { to: { code: 'before_from' }, by: { code: 'invalid' } }
		});
	});
});

describe('the complaint figures', () => {
	it('counts what was received, answered in time, how fast in working days, and what is overdue now', async () => {
		const own = await createWorld(su);
		const items = [complaintItem(own), complaintItem(own), complaintItem(own, { kind: 'information' })];
		await submit(own.clients.agent, items);
		await own.clients.agent.send(`/api/qep/complaints/${items[0]!.id}/answer`, {
			method: 'POST',
			body: { text: 'Voici notre réponse, avec nos excuses.' }
		});
		await su
			.collection('complaints')
			.update(items[1]!.id, { deadline_at: new Date(Date.now() - 60_000).toISOString() });

		// Complaints count on the day they were received where the site is (after 23:00 UTC, Paris is a day ahead).
		const siteToday = dayIn(String(own.siteA.time_zone));
		const result = await board(own.clients.agent, {
			from: shiftDay(siteToday, -1),
			to: siteToday,
			site: own.siteA.id
		});
		expect(result.complaints).toMatchObject({
			received: 3,
			byKind: { complaint: 2, information: 1 },
			answered: 1,
			inTimeShare: 1,
			medianDays: 0,
			overdueNow: 1
		});
	});
});

describe('impossible questions (issue 10)', () => {
	it('answers a break-down every object inherits, or a day that does not exist, with a code per field', async () => {
		const cases: [Record<string, string>, string][] = [
			[{ by: 'constructor' }, 'by'],
			[{ by: 'toString' }, 'by'],
			[{ by: '__proto__' }, 'by'],
			[{ from: '2026-02-30' }, 'from'],
			[{ to: '2026-11-31' }, 'to'],
			[{ compare_from: '2026-01-10', compare_to: '2026-01-01' }, 'compare_to']
		];
		for (const [query, field] of cases)
			await expect(
				board(w.clients.referent, { from: '2026-01-01', to: '2026-01-31', ...query }),
				JSON.stringify(query)
			).rejects.toMatchObject({ status: 400, response: { data: { [field]: { code: expect.any(String) } } } });
	});
});
