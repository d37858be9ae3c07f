// The retention the privacy notice promises, enforced by the nightly job (pocketbase/pb_hooks/lib/retention.js),
// run here through its command (`pocketbase retention <instant>`) as it would stand a day before and a day
// after the end of the period: exactly the personal fields and files go, the statistics and the indicators
// stay, the trail tells it once, and a second run changes nothing. Its own server: it erases data.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../scripts/lib/pocketbase.js';
import { FILES, complaintItem, submit, submitWithFiles } from '../support/complaints';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { createWorld, superClient, type World } from '../support/world';

const MONTHS = 36;
/** The instant `months` months and `days` days from now, as the job's command takes it. */
const after = (months: number, days: number) => {
	const at = new Date();
	at.setUTCMonth(at.getUTCMonth() + months);
	at.setUTCDate(at.getUTCDate() + days);
	return at.toISOString();
};

describe('retention', () => {
	let server: TestServer;
	let su: PocketBase;
	let w: World;
	let answered: string;
	let open: string;
	let board: unknown;
	const runJob = async (at: string) => {
		const output = await runCommand(server.dataDir, ['retention', at]);
		const line = output.split('\n').find((l) => l.includes('RETENTION '))!;
		return JSON.parse(line.slice(line.indexOf('RETENTION ') + 10));
	};
	// The board of the last year, this site, as the referent reads it (complaint figures included).
	const indicators = () =>
		w.clients.referent.send('/api/qep/indicators', {
			query: { from: after(-12, 0).slice(0, 10), to: after(0, 0).slice(0, 10), site: w.siteA.id }
		});
	const stored = async (id: string) => {
		const dir = path.join(server.dataDir, 'storage', (await su.collections.getOne('complaints')).id, id);
		return readdir(dir).catch(() => []);
	};
	const act = (id: string, action: string, body: Record<string, unknown>) =>
		w.clients.agent.send(`/api/qep/complaints/${id}/${action}`, { method: 'POST', body });

	beforeAll(async () => {
		server = await startTestServer();
		su = await superClient(server.url, SUPERUSER);
		w = await createWorld(su);
		const pdf = { name: 'convocation.pdf', type: 'application/pdf', bytes: FILES.pdf };
		const first = complaintItem(w, {
			contact_phone: '06 12 34 56 78',
			contact_address: '1 rue de la Paix, Metz'
		});
		expect((await submitWithFiles(w.clients.agent, first, [pdf]))[0]!.status).toBe('created');
		answered = first.id;
		await act(answered, 'notes', { text: 'Appelé Mme Martin au 06 12 34 56 78.' });
		await act(answered, 'answer', { text: 'Madame, votre rendez-vous est fixé au 3 mars.' });
		const second = complaintItem(w);
		expect((await submit(w.clients.agent, [second]))[0]!.status).toBe('created');
		open = second.id;
		await su.collection('suggestions').create({ ...w.make.suggestion('web'), email: 'camille@example.org' });
		await su
			.collection('survey_responses')
			.create({ ...w.make.response('web'), comment: 'Merci à Paul au guichet 3.' });
		board = await indicators();
	});
	afterAll(() => server?.stop());

	it('erases nothing a day before the end of the period', async () => {
		expect(await runJob(after(MONTHS, -1))).toMatchObject({
			complaints: 0,
			files: 0,
			suggestions: 0,
			comments: 0
		});
		const complaint = await su.collection('complaints').getOne(answered);
		expect(complaint.contact_email).not.toBe('');
		expect((await stored(answered)).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
	});

	it('a day after, erases exactly the personal data of what is answered, and keeps what statistics read', async () => {
		const before = await su.collection('complaints').getOne(answered);
		expect(await runJob(after(MONTHS, 1))).toMatchObject({
			complaints: 1,
			files: 1,
			suggestions: 1,
			comments: 1
		});
		const now = await su.collection('complaints').getOne(answered);
		expect(now).toMatchObject({
			subject: 'Données effacées',
			description: 'Contenu effacé à l’issue de la durée de conservation.',
			answer: 'Contenu effacé à l’issue de la durée de conservation.',
			contact_name: 'Anonyme',
			contact_email: '',
			contact_phone: '',
			contact_address: '',
			tracking_token_hash: '',
			attachments: []
		});
		expect(now.anonymised_at).not.toBe('');
		for (const kept of [
			'kind',
			'channel',
			'site',
			'service',
			'reference',
			'status',
			'received_at',
			'deadline_at',
			'answered_at',
			'answered_in_time',
			'paused_days',
			'created',
			'updated'
		])
			expect(now[kept], kept).toEqual(before[kept]);
		// The file is gone from storage, not only unlinked.
		expect(await stored(answered)).toEqual([]);

		const untouched = await su.collection('complaints').getOne(open);
		expect(untouched.contact_email).not.toBe('');
		expect(untouched.anonymised_at).toBe('');

		const [suggestion] = await su.collection('suggestions').getFullList({ filter: `site = "${w.siteA.id}"` });
		expect(suggestion).toMatchObject({ email: '', text: 'Plus de chaises.' });
		const responses = await su
			.collection('survey_responses')
			.getFullList({ filter: `site = "${w.siteA.id}"` });
		expect(responses.map((r) => r.comment)).toEqual(['', '']);
	});

	it('keeps the trail, with the notes blanked and one event saying when and under which rule', async () => {
		const events = await su
			.collection('complaint_events')
			.getFullList({ filter: `complaint = "${answered}"`, sort: 'created' });
		// Every event stays, in order; the anonymisation is the last.
		expect(events.map((e) => e.type).at(-1)).toBe('anonymised');
		expect(events.map((e) => e.type)).toContain('note');
		expect(events.find((e) => e.type === 'note')!.data).toEqual({
			text: 'Contenu effacé à l’issue de la durée de conservation.'
		});
		const anonymised = events.filter((e) => e.type === 'anonymised');
		expect(anonymised).toHaveLength(1);
		expect(anonymised[0]).toMatchObject({
			actor: '',
			data: { by: 'retention', retention_months: MONTHS, files: 1 }
		});
		expect(JSON.stringify(events)).not.toMatch(/Martin|06 12 34|rendez-vous/);
	});

	it('leaves the indicators exactly as they were', async () => {
		expect(await indicators()).toEqual(board);
	});

	it('changes nothing when it runs again', async () => {
		const before = await su.collection('complaints').getOne(answered);
		expect(await runJob(after(MONTHS, 2))).toMatchObject({
			complaints: 0,
			files: 0,
			suggestions: 0,
			comments: 0
		});
		expect(await su.collection('complaints').getOne(answered)).toEqual(before);
		const anonymised = await su
			.collection('complaint_events')
			.getFullList({ filter: `complaint = "${answered}" && type = "anonymised"` });
		expect(anonymised).toHaveLength(1);
	});

	it('refuses any further action on an anonymised item, with a code', async () => {
		for (const [action, body] of [
			['status', { to: 'in_progress' }],
			['notes', { text: 'Nouvelle note' }],
			['assign', { assignee: '' }]
		] as const) {
			const error = await act(answered, action, body).catch((e: ClientResponseError) => e);
			expect(error, action).toBeInstanceOf(ClientResponseError);
			expect((error as ClientResponseError).response.data.id?.code, action).toBe('anonymised');
		}
	});
});
