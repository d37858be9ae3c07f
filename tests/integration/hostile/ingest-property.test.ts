// Property: whatever mix of valid items, invalid ones, repeats within a batch and replays of earlier batches
// a device sends to POST /api/qep/ingest, the site's stored responses are exactly the items answered
// `created` (with the values sent), and its daily answer counts are a recount of its stored answers.
import fc from 'fast-check';
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newId } from '../../../src/lib/domain/ids';
import { parisToday } from '../../support/hostile/setup';
import { createWorld, superClient, type World } from '../../support/world';

const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'] as const;
/** Ways to spoil one item, each refused by the route whatever else the item holds. */
const SPOILERS = [
	'questionnaire',
	'site',
	'channel',
	'language',
	'day',
	'comment',
	'answers',
	'value',
	'question',
	'type',
	'id'
] as const;

interface Sent {
	id: string;
	type: string;
	data: {
		questionnaire: string;
		site: string;
		reception_point: string;
		channel: string;
		language: string;
		day: string;
		comment: string;
		answers: { question: string; value: string }[];
	};
}

type Spec =
	| {
			kind: 'valid';
			point: boolean;
			language: 'fr' | 'en';
			daysAgo: number;
			comment: string;
			values: string[];
	  }
	| { kind: 'invalid'; spoil: (typeof SPOILERS)[number]; daysAgo: number; values: string[] }
	| { kind: 'repeat'; of: number }
	| { kind: 'replay'; of: number };

const valuesArb = fc.array(fc.constantFrom(...SCALE), { minLength: 1, maxLength: 2 });
const specArb: fc.Arbitrary<Spec> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('valid' as const),
			point: fc.boolean(),
			language: fc.constantFrom('fr' as const, 'en' as const),
			daysAgo: fc.integer({ min: 0, max: 30 }),
			comment: fc.oneof(
				fc.constant(''),
				// eslint-disable-next-line no-control-regex
				fc.string({ maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s))
			),
			values: valuesArb
		})
	},
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constant('invalid' as const),
			spoil: fc.constantFrom(...SPOILERS),
			daysAgo: fc.integer({ min: 0, max: 30 }),
			values: valuesArb
		})
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), of: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), of: fc.nat() }) }
);

const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) - days * 86400000).toISOString().slice(0, 10);

describe('ingest property: stored rows are exactly the created items, counts a recount', () => {
	let su: PocketBase;
	let w: World;
	let questions: string[];
	/** Every response this site holds, as sent, by id. */
	const model = new Map<string, Sent['data']>();

	beforeAll(async () => {
		su = await superClient(inject('pbUrl'), inject('superuser'));
		w = await createWorld(su);
		const second = await su.collection('questions').create({
			questionnaire: w.questionnaire.id,
			engagement: w.engagement.id,
			position: 2,
			label: { fr: 'Et l’accueil ?' }
		});
		questions = [w.question.id, second.id];
		for (const r of await su.collection('survey_responses').getFullList({ filter: `site = "${w.siteA.id}"` }))
			model.set(r.id, r as unknown as Sent['data']);
	});

	function itemOf(spec: Spec, batch: Sent[], today: string): Sent {
		if (spec.kind === 'repeat')
			return batch[spec.of % batch.length] ?? itemOf({ kind: 'replay', of: spec.of }, batch, today);
		if (spec.kind === 'replay') {
			const ids = [...model.keys()];
			const id = ids[spec.of % ids.length]!;
			const stored = model.get(id)!;
			return { id, type: 'survey_response', data: { ...stored } };
		}
		const data: Sent['data'] = {
			questionnaire: w.questionnaire.id,
			site: w.siteA.id,
			reception_point: spec.kind === 'valid' && spec.point ? w.pointA.id : '',
			channel: 'web',
			language: spec.kind === 'valid' ? spec.language : 'fr',
			day: shift(today, spec.daysAgo),
			comment: spec.kind === 'valid' ? spec.comment : '',
			answers: spec.values.map((value, i) => ({ question: questions[i]!, value }))
		};
		const item: Sent = { id: newId(), type: 'survey_response', data };
		if (spec.kind === 'valid') return item;
		const spoiled: Record<(typeof SPOILERS)[number], () => void> = {
			questionnaire: () => (data.questionnaire = 'zzzzzzzzzzzzzzz'),
			site: () => (data.site = '../../x'),
			channel: () => (data.channel = 'kiosk'),
			language: () => (data.language = 'xx'),
			day: () => (data.day = '2026-02-30'),
			comment: () => (data.comment = 'a\u0000b'),
			answers: () => (data.answers = []),
			value: () => (data.answers[0]!.value = 'evil'),
			question: () => (data.answers[0]!.question = 'zzzzzzzzzzzzzzz'),
			type: () => (item.type = 'complaint'),
			id: () => (item.id = 'NOT-AN-ID')
		};
		spoiled[spec.spoil]();
		return item;
	}

	it('holds for random batches', { timeout: 300_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 12 }), async (specs) => {
				const today = parisToday();
				const batch: Sent[] = [];
				// What each item really is: a repeat is what it repeats.
				const kinds: ('valid' | 'invalid' | 'repeat-of-invalid')[] = [];
				for (const spec of specs) {
					batch.push(itemOf(spec, batch, today));
					if (spec.kind === 'invalid') kinds.push('invalid');
					else if (spec.kind === 'repeat') {
						const original = kinds[spec.of % (batch.length - 1)];
						kinds.push(original === 'valid' ? 'valid' : 'repeat-of-invalid');
					} else kinds.push('valid');
				}
				const response = await fetch(`${inject('pbUrl')}/api/qep/ingest`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ items: batch })
				});
				expect(response.status).toBe(200);
				const { results } = (await response.json()) as { results: { id: string; status: string }[] };
				expect(results).toHaveLength(batch.length);

				// The verdicts: a spoiled item is refused, a repeat or a replay is a duplicate, the rest is new.
				const seen = new Set<string>();
				batch.forEach((item, i) => {
					const said = `${i}: ${JSON.stringify(specs[i])}`;
					const known = model.has(item.id) || seen.has(item.id);
					if (kinds[i] === 'repeat-of-invalid')
						// Refused again, or named a duplicate of the refused copy: never stored either way.
						expect(['rejected', 'duplicate'], said).toContain(results[i]!.status);
					else
						expect(results[i]!.status, said).toBe(
							kinds[i] === 'invalid' ? 'rejected' : known ? 'duplicate' : 'created'
						);
					if (results[i]!.status === 'created') model.set(item.id, item.data);
					if (kinds[i] === 'valid') seen.add(item.id);
				});

				// The site's responses are exactly the created ones, as sent.
				const stored = await su
					.collection('survey_responses')
					.getFullList({ filter: `site = "${w.siteA.id}"`, batch: 1000 });
				expect(stored.map((r) => r.id).sort()).toEqual([...model.keys()].sort());
				for (const r of stored) {
					const sent = model.get(r.id)!;
					expect([r.reception_point, r.channel, r.language, r.day, r.comment], `response ${r.id}`).toEqual([
						sent.reception_point,
						sent.channel,
						sent.language,
						sent.day,
						sent.comment.trim()
					]);
				}
				const answers = await su
					.collection('survey_answers')
					.getFullList({ filter: `site = "${w.siteA.id}"`, batch: 1000 });
				const answersOf = (id: string) =>
					answers
						.filter((a) => a.response === id)
						.map((a) => `${a.question}=${a.value}`)
						.sort();
				for (const [id, sent] of model)
					expect(answersOf(id), `answers of ${id}`).toEqual(
						(sent.answers ?? []).map((a) => `${a.question}=${a.value}`).sort()
					);

				// The daily counts are a recount of the stored answers.
				const recount = new Map<string, number>();
				for (const a of answers) {
					const key = [a.day, a.site, a.reception_point, a.channel, a.question, a.value].join('|');
					recount.set(key, (recount.get(key) ?? 0) + 1);
				}
				const counts = await su
					.collection('answer_counts')
					.getFullList({ filter: `site = "${w.siteA.id}"`, batch: 1000 });
				const kept = new Map<string, number>();
				for (const c of counts) {
					const key = [c.day, c.site, c.reception_point, c.channel, c.question, c.value].join('|');
					if (c.n !== 0) kept.set(key, (kept.get(key) ?? 0) + (c.n as number));
				}
				expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(recount));
			}),
			{ numRuns: 20 }
		);
	});
});
