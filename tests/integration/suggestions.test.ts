// POST /api/qep/complaints for suggestions: stored once whatever the replays, refused field by field.
// As in complaints.test.ts, most requests come from a signed-in agent on the web channel, which the route
// treats as a visitor's, so the guests' rate limit (6 a minute, shared by every file) is kept for real guests.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { submit, suggestionItem } from '../support/complaints';
import { createWorld, superClient, type World } from '../support/world';

const shiftDay = (days: number) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

describe('suggestion intake', () => {
	let w: World;
	const stored = (ids: string[]) =>
		w.su.collection('suggestions').getFullList({ filter: ids.map((id) => `id = "${id}"`).join(' || ') });

	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
	});

	it('stores a visitor’s suggestion, trimmed, with no receipt', async () => {
		const item = suggestionItem(w, {
			text: '  Un distributeur de tickets plus visible.  ',
			email: 'a@example.org'
		});
		expect(await submit(w.clients.anonymous, [item])).toEqual([{ id: item.id, status: 'created' }]);
		expect((await stored([item.id]))[0]).toMatchObject({
			site: w.siteA.id,
			channel: 'web',
			text: 'Un distributeur de tickets plus visible.',
			email: 'a@example.org',
			day: item.data.day,
			status: ''
		});
	});

	it('same item twice creates one record (a replay answers "duplicate")', async () => {
		const item = suggestionItem(w);
		const results = await submit(w.clients.agent, [item, item]);
		expect(results.map((r) => r.status)).toEqual(['created', 'duplicate']);
		expect((await submit(w.clients.agent, [item]))[0]!.status).toBe('duplicate');
		expect(await stored([item.id])).toHaveLength(1);
	});

	it('takes a kiosk’s suggestion for its own site only', async () => {
		const own = suggestionItem(w, { channel: 'kiosk', reception_point: w.pointA.id });
		const other = suggestionItem(w, { channel: 'kiosk', site: w.siteB.id });
		expect(await submit(w.clients.kiosk, [own, other])).toEqual([
			{ id: own.id, status: 'created' },
			{ id: other.id, status: 'rejected', errors: { site: 'wrong_site' } }
		]);
	});

	it('refuses each bad input with its field code and stores nothing', async () => {
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ text: ' ab ' }, { text: 'too_short' }],
			[{ text: 'x'.repeat(2001) }, { text: 'too_long' }],
			[{ email: 'nobody@' }, { email: 'invalid' }],
			[{ site: 'unknownsite0000' }, { site: 'unknown' }],
			[{ day: shiftDay(3) }, { day: 'invalid' }],
			[{ nickname: 'bot' }, { form: 'spam' }],
			[{ channel: 'kiosk' }, { channel: 'invalid' }]
		];
		const items = cases.map(([data]) => suggestionItem(w, data));
		expect(await submit(w.clients.agent, items)).toEqual(
			cases.map(([, errors], i) => ({ id: items[i]!.id, status: 'rejected', errors }))
		);
		expect(await stored(items.map((i) => i.id))).toEqual([]);
	});

	it('refuses a day that does not exist and a text that shows nothing (issue 10)', async () => {
		const now = new Date();
		// The 31st of the latest 30-day month (or the 29th–30th of February): no such day.
		let day = '';
		for (let back = 1; !day; back++) {
			const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
			const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
			if (days < 31) day = `${first.toISOString().slice(0, 7)}-${days + 1}`;
		}
		const items = [suggestionItem(w, { day }), suggestionItem(w, { text: '\u200b'.repeat(12) })];
		expect(await submit(w.clients.agent, items)).toEqual([
			{ id: items[0]!.id, status: 'rejected', errors: { day: 'invalid' } },
			{ id: items[1]!.id, status: 'rejected', errors: { text: 'required' } }
		]);
		expect(await stored(items.map((i) => i.id))).toEqual([]);
	});
});
