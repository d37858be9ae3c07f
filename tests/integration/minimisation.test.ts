// Personal data only where needed (issue 12, item 5): survey rows can say nothing about who answered, on
// which device, at what time of day or from which address; the server's request logs never keep a tracking
// token (it travels in bodies, and bodies are not logged). That e-mails never repeat a citizen's own words
// is checked where they are written (mail.test.ts, complaints.test.ts).
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { complaintItem, submit, track } from '../support/complaints';
import { createWorld, superClient, type World } from '../support/world';

describe('data minimisation', () => {
	let su: PocketBase;
	let w: World;
	beforeAll(async () => {
		su = await superClient(inject('pbUrl'), inject('superuser'));
		w = await createWorld(su);
	});

	const fieldsOf = async (name: string) =>
		(await su.collections.getOne(name)).fields.map((f: { name: string }) => f.name).sort();

	it('keeps survey rows to the day, the place, the channel and the answers: no device, agent, time or address', async () => {
		expect(await fieldsOf('survey_responses')).toEqual(
			['channel', 'comment', 'day', 'id', 'language', 'questionnaire', 'reception_point', 'site'].sort()
		);
		expect(await fieldsOf('survey_answers')).toEqual(
			[
				'channel',
				'day',
				'engagement',
				'id',
				'question',
				'questionnaire',
				'reception_point',
				'response',
				'site',
				'value'
			].sort()
		);
	});

	it('never writes a tracking token into the request logs', async () => {
		const item = complaintItem(w);
		const token = item.data.tracking_token as string;
		await submit(w.clients.anonymous, [item]);
		expect((await track(w.clients.anonymous, { token })).status).toBe(200);
		// PocketBase writes its logs in batches: wait until the look-up's own line is there, then read them all.
		await expect
			.poll(async () => (await su.logs.getList(1, 1, { filter: `data.url ~ "/api/qep/track"` })).totalItems, {
				timeout: 15_000
			})
			.toBeGreaterThan(0);
		const { items: logs } = await su.logs.getList(1, 500, {
			filter: `data.url ~ "/api/qep/"`,
			sort: '-created'
		});
		expect(logs.length).toBeGreaterThan(0);
		expect(JSON.stringify(logs)).not.toContain(token);
		expect(JSON.stringify(logs)).not.toContain(item.data.contact_email as string);
	});
});
