// The referent's cockpit against a real PocketBase: questionnaire versions (an active one is frozen,
// answers keep their version), and published results (frozen, small cells suppressed, open data).
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newId } from '../../src/lib/domain/ids';
import type { SnapshotCell } from '../../src/lib/domain/snapshot';
import { statusOf } from '../support/http';
import { ingest, surveyItem } from '../support/surveys';
import { createWorld, superClient, type World } from '../support/world';

let su: PocketBase;
let w: World;
const TODAY = new Date().toISOString().slice(0, 10);

const post = <T>(client: PocketBase, path: string, body: Record<string, unknown> = {}) =>
	client.send<T>(path, { method: 'POST', body });

async function answer(value: string, point = '') {
	const [result] = await ingest(w.clients.agent, [
		surveyItem(w, {
			reception_point: point,
			channel: point ? 'paper' : 'web',
			day: TODAY,
			answers: [{ question: w.question.id, value }]
		})
	]);
	return result?.status;
}

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
});

describe('questionnaire versions', () => {
	it('freeze the active version: neither it nor its questions change', async () => {
		const referent = w.clients.referent;
		expect(
			await statusOf(
				referent.collection('questionnaires').update(w.questionnaire.id, { title: { fr: 'Autre' } })
			)
		).toBe(404);
		expect(
			await statusOf(
				referent.collection('questions').update(w.question.id, { label: { fr: 'Reformulée ?' } })
			)
		).toBe(404);
		const added = referent.collection('questions').create({
			questionnaire: w.questionnaire.id,
			engagement: w.engagement.id,
			position: 2,
			label: { fr: 'Nouvelle ?' }
		});
		expect(await statusOf(added)).toBe(400);
		expect((await su.collection('questions').getOne(w.question.id)).label).toEqual(w.question.label);
	});

	it('make a new draft version with the same questions, edit it, activate it; answers keep their version', async () => {
		const own = await createWorld(su);
		const referent = own.clients.referent;
		const draft = await post<{ id: string; version: number }>(
			referent,
			`/api/qep/questionnaires/${own.questionnaire.id}/new-version`
		);
		expect(draft.version).toBe(2);
		// Asking again gives the same draft: one at a time.
		expect(
			(await post<{ id: string }>(referent, `/api/qep/questionnaires/${own.questionnaire.id}/new-version`)).id
		).toBe(draft.id);
		const [copied] = await su
			.collection('questions')
			.getFullList({ filter: `questionnaire = "${draft.id}"` });
		expect(copied).toMatchObject({ engagement: own.engagement.id, position: 1, label: own.question.label });
		await referent
			.collection('questions')
			.update(copied!.id, { label: { fr: 'Êtes-vous bien accueilli ?' } });

		const activated = await post<{ id: string; archived: string[] }>(
			referent,
			`/api/qep/questionnaires/${draft.id}/activate`
		);
		expect(activated).toMatchObject({ id: draft.id, archived: [own.questionnaire.id] });
		expect((await su.collection('questionnaires').getOne(own.questionnaire.id)).status).toBe('archived');
		expect((await su.collection('questionnaires').getOne(draft.id)).status).toBe('active');
		// An answer made offline on the old version still arrives, and keeps pointing at it.
		const id = newId();
		const results = await ingest(own.clients.anonymous, [surveyItem(own, { day: TODAY }, id)]);
		expect(results[0]?.status).toBe('created');
		expect((await su.collection('survey_responses').getOne(id)).questionnaire).toBe(own.questionnaire.id);
	});

	it('refuse to activate a version without questions, or anything for an agent', async () => {
		const empty = await su.collection('questionnaires').create(w.make.questionnaire('draft'));
		await expect(
			post(w.clients.referent, `/api/qep/questionnaires/${empty.id}/activate`)
		).rejects.toMatchObject({
			status: 400,
			response: { data: { questions: { code: 'required' } } }
		});
		expect(await statusOf(post(w.clients.agent, `/api/qep/questionnaires/${empty.id}/activate`))).toBe(403);
		expect(await statusOf(post(w.clients.anonymous, `/api/qep/questionnaires/${empty.id}/new-version`))).toBe(
			401
		);
	});
});

describe('published results', () => {
	let publication: { id: string; snapshot: { cells: SnapshotCell[]; period: { from: string; to: string } } };
	const cell = (dimension: string, key: string) =>
		publication.snapshot.cells.find((c) => c.dimension === dimension && c.key === key);

	beforeAll(async () => {
		// 12 answers at the reception point (8 satisfied), 3 on the web, in this test's own site.
		for (let i = 0; i < 12; i++) await answer(i < 8 ? 'satisfied' : 'dissatisfied', w.pointA.id);
		for (let i = 0; i < 3; i++) await answer('very_satisfied');
		publication = await post(w.clients.referent, '/api/qep/publications', {
			label: 'Résultats du jour',
			from: TODAY,
			to: TODAY
		});
	});

	it('freeze the figures of the period, each cell with its label and size', async () => {
		expect(publication.snapshot.period).toEqual({ from: TODAY, to: TODAY });
		expect(cell('site', w.siteA.id)).toMatchObject({ label: w.siteA.name, suppressed: false, n: 15 });
		expect(cell('point', w.pointA.id)).toMatchObject({ label: 'Accueil général', n: 12, rate: 8 / 12 });
		expect(cell('site_engagement', `${w.siteA.id}|${w.engagement.id}`)).toMatchObject({ n: 15 });
		const stored = await w.clients.anonymous.collection('publications').getOne(publication.id);
		expect(stored).toMatchObject({
			label: 'Résultats du jour',
			period_from: TODAY,
			published_by: w.people.referent.id
		});
	});

	it('cannot be changed or deleted by anyone but a superuser, nor made by an agent', async () => {
		for (const client of [w.clients.referent, w.clients.admin]) {
			expect(
				await statusOf(client.collection('publications').update(publication.id, { label: 'Autre' }))
			).toBe(403);
			expect(await statusOf(client.collection('publications').delete(publication.id))).toBe(403);
		}
		expect(
			await statusOf(post(w.clients.agent, '/api/qep/publications', { label: 'X', from: TODAY, to: TODAY }))
		).toBe(403);
		await expect(
			post(w.clients.referent, '/api/qep/publications', { label: 'R', from: TODAY, to: '2001-01-01' })
		).rejects.toMatchObject({
			status: 400,
			response: { data: { label: { code: 'too_short' }, to: { code: 'before_from' } } }
		});
	});

	it('are open data: a CSV for French spreadsheets and JSON with its column schema, for anyone', async () => {
		const base = inject('pbUrl');
		const csv = await fetch(`${base}/api/qep/publications/${publication.id}/data.csv`);
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// TextDecoder drops the byte order mark.
		const lines = new TextDecoder().decode(bytes).split('\r\n');
		expect(lines[0]).toMatch(
			/^publication;libelle;periode_debut;periode_fin;dimension;cle;intitule;masque;reponses;/
		);
		const pointLine = lines.find((l) => l.includes(`;point;${w.pointA.id};`));
		expect(pointLine).toContain(';Accueil général;non;12;0;8;4;0;0;0,6667;');

		const json = (await (await fetch(`${base}/api/qep/publications/${publication.id}/data.json`)).json()) as {
			schema: { name: string }[];
			rows: Record<string, unknown>[];
		};
		expect(json.schema.map((c) => c.name)).toEqual(lines[0]!.split(';'));
		expect(json.rows.find((r) => r.dimension === 'point' && r.cle === w.pointA.id)).toMatchObject({
			reponses: 12,
			satisfaits: 8,
			masque: false
		});
		expect((await fetch(`${base}/api/qep/publications/nosuchpublicat/data.csv`)).status).toBe(404);
	});
});

describe('a publication of the wrong shape (issue 10)', () => {
	const published = async () => (await su.collection('publications').getFullList()).length;

	it('refuses a label that is not text, and days that are not days; nothing is published', async () => {
		const before = await published();
		for (const [body, field, code] of [
			[{ label: { fr: 'Bilan de janvier' }, from: '2026-01-01', to: '2026-01-31' }, 'label', 'invalid'],
			[{ label: '\u200b'.repeat(12), from: '2026-01-01', to: '2026-01-31' }, 'label', 'required'],
			[{ label: 'Bilan', from: ['2026-01-01'], to: '2026-01-31' }, 'from', 'invalid'],
			[{ label: 'Bilan', from: '2026-01-01', to: '2026-02-30' }, 'to', 'invalid']
		] as const)
			await expect(post(w.clients.referent, '/api/qep/publications', body), field).rejects.toMatchObject({
				status: 400,
				response: { data: { [field]: { code } } }
			});
		const response = await fetch(`${w.clients.referent.baseURL}/api/qep/publications`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: w.clients.referent.authStore.token },
			body: 'not json'
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ data: { body: { code: 'invalid' } } });
		expect(await published()).toBe(before);
	});
});
