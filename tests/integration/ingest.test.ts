// POST /api/qep/ingest against a real PocketBase: per-item verdicts, idempotence, who may send what.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newId } from '../../src/lib/domain/ids';
import type { IngestResult, SurveySubmission } from '../../src/lib/domain/submission';
import { createWorld, superClient, type World } from '../support/world';

const today = () => new Date().toISOString().slice(0, 10);

function ingest(client: PocketBase, items: unknown[], health?: unknown) {
	return client.send<{ results: IngestResult[] }>('/api/qep/ingest', {
		method: 'POST',
		body: { items, health }
	});
}

describe('ingest route', () => {
	let w: World;
	let survey: (overrides?: Partial<SurveySubmission>) => SurveySubmission;
	const item = (data: SurveySubmission, id = newId()) => ({ id, type: 'survey_response', data });

	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
		survey = (overrides = {}) => ({
			questionnaire: w.questionnaire.id,
			site: w.siteA.id,
			reception_point: '',
			channel: 'web',
			language: 'fr',
			day: today(),
			comment: '',
			answers: [{ question: w.question.id, value: 'very_satisfied' }],
			...overrides
		});
	});

	it('stores a web survey and its answers, denormalised, with the day only', async () => {
		const id = newId();
		const { results } = await ingest(w.clients.anonymous, [item(survey({ comment: '  Merci  ' }), id)]);
		expect(results).toEqual([{ id, status: 'created' }]);
		const response = await w.su.collection('survey_responses').getOne(id);
		expect(response).toMatchObject({ site: w.siteA.id, channel: 'web', day: today(), comment: 'Merci' });
		expect(Object.keys(response)).not.toContain('created');
		const answers = await w.su.collection('survey_answers').getFullList({ filter: `response = "${id}"` });
		expect(answers.map((a) => [a.engagement, a.site, a.channel, a.day, a.value])).toEqual([
			[w.engagement.id, w.siteA.id, 'web', today(), 'very_satisfied']
		]);
		expect(Object.keys(answers[0]!)).not.toContain('created');
		expect(answers[0]!.id).toMatch(/^[a-z0-9]{15}$/);
	});

	it('keeps the language of each response, any of the ten', async () => {
		const items = (['ar', 'zh', 'uk'] as const).map((language) => item(survey({ language })));
		const { results } = await ingest(w.clients.anonymous, items);
		expect(results.map((result) => result.status)).toEqual(['created', 'created', 'created']);
		for (const [at, language] of ['ar', 'zh', 'uk'].entries())
			expect((await w.su.collection('survey_responses').getOne(items[at]!.id)).language).toBe(language);
	});

	it('keeps the daily counts in step with the answers it stores, and counts a replay once', async () => {
		const own = await createWorld(w.su);
		const mine = (value: string) => ({
			id: newId(),
			type: 'survey_response',
			data: {
				...survey(),
				questionnaire: own.questionnaire.id,
				site: own.siteA.id,
				answers: [{ question: own.question.id, value }]
			}
		});
		const batch = [mine('satisfied'), mine('satisfied'), mine('dissatisfied'), mine('no_opinion')];
		await ingest(own.clients.anonymous, batch);
		await ingest(own.clients.anonymous, [batch[0], mine('satisfied')]);
		const counts = await w.su
			.collection('answer_counts')
			.getFullList({ filter: `site = "${own.siteA.id}"`, sort: 'value' });
		expect(counts.map((c) => [c.day, c.channel, c.question, c.engagement, c.value, c.n])).toEqual([
			[today(), 'web', own.question.id, own.engagement.id, 'dissatisfied', 1],
			[today(), 'web', own.question.id, own.engagement.id, 'no_opinion', 1],
			[today(), 'web', own.question.id, own.engagement.id, 'satisfied', 3]
		]);
	});

	it('same item twice creates one record (a replay answers "duplicate")', async () => {
		const one = item(survey());
		expect((await ingest(w.clients.anonymous, [one, one])).results.map((r) => r.status)).toEqual([
			'created',
			'duplicate'
		]);
		expect((await ingest(w.clients.anonymous, [one])).results.map((r) => r.status)).toEqual(['duplicate']);
		const answers = await w.su.collection('survey_answers').getFullList({ filter: `response = "${one.id}"` });
		expect(answers).toHaveLength(1);
	});

	it('gives each item its own verdict: a bad one does not stop the others', async () => {
		const good = item(survey());
		const bad = item(
			survey({ day: '2099-01-01', answers: [{ question: 'unknownquestion', value: 'satisfied' }] })
		);
		const { results } = await ingest(w.clients.anonymous, [bad, good]);
		expect(results).toEqual([
			{ id: bad.id, status: 'rejected', errors: { day: 'out_of_range', 'answers.0.question': 'unknown' } },
			{ id: good.id, status: 'created' }
		]);
		await expect(w.su.collection('survey_responses').getOne(bad.id)).rejects.toThrow();
	});

	it('lets a kiosk send for its own site and point, and records its health', async () => {
		const data = survey({ channel: 'kiosk', reception_point: w.pointA.id });
		const health = {
			pending: 3,
			lastSyncAt: '2026-11-22T10:00:00.000Z',
			persisted: true,
			appVersion: '0.1.0'
		};
		expect((await ingest(w.clients.kiosk, [item(data)], health)).results[0]!.status).toBe('created');
		const kiosk = await w.su.collection('kiosks').getOne(w.kiosk.id);
		expect(kiosk.health).toEqual(health);
		expect(kiosk.last_seen_at).not.toBe('');
	});

	it('refuses what a caller may not claim', async () => {
		const cases: [PocketBase, Partial<SurveySubmission>, Record<string, string>][] = [
			[w.clients.anonymous, { channel: 'kiosk' }, { channel: 'not_allowed' }],
			[w.clients.kiosk, { channel: 'kiosk', site: w.siteB.id, reception_point: '' }, { site: 'not_allowed' }],
			[w.clients.kiosk, { channel: 'kiosk', reception_point: '' }, { reception_point: 'not_allowed' }],
			[w.clients.otherAgent, { channel: 'paper' }, { channel: 'not_allowed' }],
			[w.clients.anonymous, { reception_point: 'unknownpoint000' }, { reception_point: 'unknown' }],
			[w.clients.anonymous, { language: 'de' as 'fr' }, { language: 'invalid' }]
		];
		for (const [client, overrides, errors] of cases) {
			const { results } = await ingest(client, [item(survey(overrides))]);
			expect(results[0], JSON.stringify(overrides)).toMatchObject({ status: 'rejected', errors });
		}
		expect((await ingest(w.clients.agent, [item(survey({ channel: 'paper' }))])).results[0]!.status).toBe(
			'created'
		);
	});

	it('accepts answers to an archived version (captured offline before it changed), not to a draft', async () => {
		const archived = await w.su.collection('questionnaires').create(w.make.questionnaire('archived'));
		const draft = await w.su.collection('questionnaires').create(w.make.questionnaire('draft'));
		const questionOf = (q: string) =>
			w.su
				.collection('questions')
				.create({ questionnaire: q, engagement: w.engagement.id, position: 1, label: { fr: 'Q ?' } });
		const [qa, qd] = [await questionOf(archived.id), await questionOf(draft.id)];
		const { results } = await ingest(w.clients.anonymous, [
			item(survey({ questionnaire: archived.id, answers: [{ question: qa.id, value: 'satisfied' }] })),
			item(survey({ questionnaire: draft.id, answers: [{ question: qd.id, value: 'satisfied' }] }))
		]);
		expect(results.map((r) => r.status)).toEqual(['created', 'rejected']);
	});

	it('refuses a revoked kiosk as a whole, storing nothing', async () => {
		const kiosk = await w.su.collection('kiosks').create(w.make.kiosk());
		const device = await w.su.collection('kiosks').impersonate(kiosk.id, 3600);
		await w.su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
		const one = item(survey({ channel: 'kiosk', reception_point: w.pointA.id }));
		const error = await ingest(device, [one]).catch((e: ClientResponseError) => e);
		expect(error).toBeInstanceOf(ClientResponseError);
		expect((error as ClientResponseError).status).toBe(403);
		expect((error as ClientResponseError).response.code).toBe('kiosk_revoked');
		await expect(w.su.collection('survey_responses').getOne(one.id)).rejects.toThrow();
	});

	it('refuses empty and oversized batches', async () => {
		for (const items of [[], Array.from({ length: 501 }, () => item(survey()))]) {
			const error = await ingest(w.clients.anonymous, items).catch((e: ClientResponseError) => e);
			expect((error as ClientResponseError).status).toBe(400);
			expect((error as ClientResponseError).response.data).toMatchObject({ items: { code: 'invalid' } });
		}
	});

	describe('stores exactly what it checked, whatever the bytes of the request', () => {
		/** Sends a body as raw text, as a hostile client would (JSON.stringify cannot repeat a key). */
		const rawIngest = async (text: string) => {
			const response = await fetch(`${inject('pbUrl')}/api/qep/ingest`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: text
			});
			return { status: response.status, body: (await response.json()) as { results?: IngestResult[] } };
		};
		const storedResponses = async (ids: string[]) =>
			w.su
				.collection('survey_responses')
				.getFullList({ filter: ids.map((id) => `id = "${id}"`).join(' || ') });

		it('ignores the first of two "items" keys: only the checked, last one is stored', async () => {
			const own = await createWorld(w.su);
			const good = item(
				survey({
					questionnaire: own.questionnaire.id,
					site: own.siteA.id,
					answers: [{ question: own.question.id, value: 'satisfied' }]
				})
			);
			const evil = {
				id: newId(),
				type: 'survey_response',
				data: {
					...good.data,
					channel: 'kiosk',
					comment: 'x'.repeat(200_000),
					day: '2099-12-31',
					answers: [{ question: own.question.id, value: 'evil' }]
				}
			};
			const { status, body } = await rawIngest(
				`{"items":[${JSON.stringify(evil)}],"items":[${JSON.stringify(good)}]}`
			);
			expect(status).toBe(200);
			expect(body.results).toEqual([{ id: good.id, status: 'created' }]);
			expect((await storedResponses([good.id, evil.id])).map((r) => [r.id, r.channel, r.day])).toEqual([
				[good.id, 'web', today()]
			]);
			const answers = await w.su
				.collection('survey_answers')
				.getFullList({ filter: `site = "${own.siteA.id}"` });
			expect(answers.map((a) => [a.response, a.value])).toEqual([[good.id, 'satisfied']]);
			const counts = await w.su
				.collection('answer_counts')
				.getFullList({ filter: `site = "${own.siteA.id}"` });
			expect(counts.map((c) => [c.value, c.n])).toEqual([['satisfied', 1]]);
		});

		it('stores the checked value of a key repeated inside an item, never the other one', async () => {
			const own = await createWorld(w.su);
			const id = newId();
			const data = survey({
				questionnaire: own.questionnaire.id,
				site: own.siteA.id,
				answers: [{ question: own.question.id, value: 'satisfied' }]
			});
			// The site and the answers appear twice: an unknown site and an off-scale answer first.
			const text = JSON.stringify({ items: [{ id, type: 'survey_response', data }] })
				.replace('"site":', '"site":"../../x","comment":"' + 'y'.repeat(5000) + '","site":')
				.replace('"answers":', `"answers":[{"question":"${own.question.id}","value":"forged"}],"answers":`);
			const { body } = await rawIngest(text);
			expect(body.results).toEqual([{ id, status: 'created' }]);
			const [stored] = await storedResponses([id]);
			expect([stored!.site, stored!.comment]).toEqual([own.siteA.id, '']);
			const answers = await w.su.collection('survey_answers').getFullList({ filter: `response = "${id}"` });
			expect(answers.map((a) => a.value)).toEqual(['satisfied']);
		});

		it('refuses impossible days and ids that are no ids, storing nothing', async () => {
			const bad = [
				item(survey({ day: '2026-11-31' })),
				item(survey({ day: '2026-02-30' })),
				{ ...item(survey()), id: '__proto__' },
				{ ...item(survey()), id: '../../x' }
			];
			const { results } = await ingest(w.clients.anonymous, bad);
			expect(results.map((r) => [r.status, 'errors' in r ? r.errors : undefined])).toEqual([
				['rejected', { day: 'invalid' }],
				['rejected', { day: 'invalid' }],
				['rejected', { id: 'invalid' }],
				['rejected', { id: 'invalid' }]
			]);
			expect(await storedResponses([bad[0]!.id, bad[1]!.id])).toEqual([]);
			// A refused item's second copy is refused too, not called a duplicate of what was never stored.
			const again = await ingest(w.clients.anonymous, [bad[0], bad[0]]);
			expect(again.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		});

		it('answers a body that is not an object with a code', async () => {
			for (const text of ['null', '[]', '"items"', '{"items":null}', '{not json']) {
				const { status, body } = await rawIngest(text);
				expect(status, text).toBe(400);
				const data = (body as unknown as { data: Record<string, { code: string }> }).data;
				expect(Object.values(data).length, text).toBeGreaterThan(0);
				for (const field of Object.values(data)) expect(typeof field.code).toBe('string');
			}
		});
	});
});
