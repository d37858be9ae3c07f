// Free text that reaches the open data (a publication's title, a reception point's name) and starts like a
// spreadsheet formula comes out of the CSV defused, as the back office's exports do it; the JSON keeps it
// as typed.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ingest, surveyItem } from '../support/surveys';
import { createWorld, superClient, type World } from '../support/world';

let su: PocketBase;
let w: World;
const TODAY = new Date().toISOString().slice(0, 10);
const TITLE = '=HYPERLINK("http://x.example";"Bilan")';
const POINT = '@SUM(1+1) Accueil';

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
	await su.collection('reception_points').update(w.pointA.id, { name: POINT });
	const results = await ingest(w.clients.agent, [
		surveyItem(w, { reception_point: w.pointA.id, channel: 'paper', day: TODAY })
	]);
	expect(results[0]?.status).toBe('created');
});

describe('open data with a title or a name that starts like a formula', () => {
	it('defuses it in the CSV, and keeps it as typed in the JSON', async () => {
		const publication = await w.clients.referent.send<{ id: string }>('/api/qep/publications', {
			method: 'POST',
			body: { label: TITLE, from: TODAY, to: TODAY }
		});
		const base = inject('pbUrl');
		const csv = await (await fetch(`${base}/api/qep/publications/${publication.id}/data.csv`)).text();
		const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
		const pointLine = lines.find((l) => l.includes(`;point;${w.pointA.id};`));
		// The title has a semicolon and quotes: quoted, quotes doubled, the apostrophe inside the quotes.
		expect(pointLine).toContain(`;"'=HYPERLINK(""http://x.example"";""Bilan"")";`);
		expect(pointLine).toContain(`;'${POINT};`);
		expect(csv).not.toMatch(/(^|;|\r\n)"?[=@]/);

		const json = (await (await fetch(`${base}/api/qep/publications/${publication.id}/data.json`)).json()) as {
			rows: Record<string, unknown>[];
		};
		expect(json.rows.find((r) => r.dimension === 'point' && r.cle === w.pointA.id)).toMatchObject({
			libelle: TITLE,
			intitule: POINT
		});
	});
});
