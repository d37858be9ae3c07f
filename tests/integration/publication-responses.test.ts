// A publication says how many people its figures speak for (issue 14): each published cell keeps, beside
// its answers (`n`), the survey responses behind them, "sans avis" included; a suppressed cell keeps
// neither. Against a real PocketBase, through the ingest, as the results page reads it.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { SnapshotCell } from '../../src/lib/domain/snapshot';
import { ingest, surveyItem } from '../support/surveys';
import { createWorld, superClient, type World } from '../support/world';

const TODAY = new Date().toISOString().slice(0, 10);

let w: World;
let cells: SnapshotCell[];
const cell = (dimension: string, key: string) =>
	cells.find((c) => c.dimension === dimension && c.key === key);

beforeAll(async () => {
	const su: PocketBase = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
	// A second question, on another engagement: each visitor gives two answers.
	const other = await su.collection('engagements').getFirstListItem('number = 3');
	const second = await su.collection('questions').create({
		questionnaire: w.questionnaire.id,
		engagement: other.id,
		position: 2,
		label: { fr: 'Avez-vous été bien orienté ?' }
	});
	const visitor = (site: string, point: string, values: [string, string]) =>
		surveyItem(w, {
			site,
			reception_point: point,
			channel: 'paper',
			day: TODAY,
			answers: [
				{ question: w.question.id, value: values[0] },
				{ question: second.id, value: values[1] }
			]
		});
	// Site A: 10 visitors with two opinions each, and one without any opinion.
	const siteA = [
		...Array.from({ length: 10 }, () => visitor(w.siteA.id, w.pointA.id, ['satisfied', 'dissatisfied'])),
		visitor(w.siteA.id, w.pointA.id, ['no_opinion', 'no_opinion'])
	];
	// Site B: 2 visitors, 4 answers: under the minimum sample of 10.
	const siteB = Array.from({ length: 2 }, () => visitor(w.siteB.id, '', ['satisfied', 'satisfied']));
	for (const [client, items] of [
		[w.clients.agent, siteA],
		[w.clients.otherAgent, siteB]
	] as const)
		expect((await ingest(client, items)).every((r) => r.status === 'created')).toBe(true);

	const publication = await w.clients.referent.send<{ snapshot: { cells: SnapshotCell[] } }>(
		'/api/qep/publications',
		{ method: 'POST', body: { label: 'Personnes et réponses', from: TODAY, to: TODAY } }
	);
	cells = publication.snapshot.cells;
});

describe('a publication', () => {
	it('gives the people behind the answers of each published cell, visitors without an opinion included', () => {
		for (const c of [cell('site', w.siteA.id), cell('point', w.pointA.id)])
			expect(c).toMatchObject({ suppressed: false, n: 20, responses: 11 });
		for (const engagement of new Set(cells.map((c) => c.key).filter((k) => k.startsWith(`${w.siteA.id}|`))))
			expect(cell('site_engagement', engagement)).toMatchObject({ n: 10, responses: 11 });
		expect(cells.filter((c) => c.key.startsWith(`${w.siteA.id}|`))).toHaveLength(2);
	});

	it('counts everyone in the total, the visitors of a suppressed site included', () => {
		// Other test files share the server and the day: the total holds at least this file's visitors.
		const total = cell('total', '')!;
		expect(total.responses).toBeGreaterThanOrEqual(13);
		expect(total.n).toBeGreaterThanOrEqual(24);
	});

	it('publishes neither the answers nor the people of a suppressed cell', () => {
		expect(cell('site', w.siteB.id)).toEqual({
			dimension: 'site',
			key: w.siteB.id,
			label: w.siteB.name,
			suppressed: true,
			n: null
		});
	});
});
