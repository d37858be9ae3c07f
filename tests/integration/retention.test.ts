// The retention the privacy notice promises, enforced by the nightly job (pocketbase/pb_hooks/lib/retention.js),
// run here through its command (`pocketbase retention <instant>`) as it would stand a day before and a day
// after the end of the period: exactly the personal fields and files go, the statistics and the indicators
// stay, the trail tells it once, and a second run changes nothing. Its own server: it erases data.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ERASED,
	FILES,
	ERASED_COMPLAINT,
	KEPT_BY_ANONYMISATION,
	complaintItem,
	submit,
	submitWithFiles
} from '../support/complaints';
import { statusOf } from '../support/http';
import { runRetention, storedFiles } from '../support/retention';
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
	let held: string;
	let board: unknown;
	const runJob = (at: string) => runRetention(server.dataDir, at);
	// The board of the last year, this site, as the referent reads it (complaint figures included).
	const indicators = () =>
		w.clients.referent.send('/api/qep/indicators', {
			query: { from: after(-12, 0).slice(0, 10), to: after(0, 0).slice(0, 10), site: w.siteA.id }
		});
	const stored = (id: string) => storedFiles(su, server.dataDir, id);
	const complaintOf = (id: string) => su.collection('complaints').getOne(id);
	/** The job's tally when it erased `count` of each kind of thing. */
	const erasedOfEach = (count: number) => ({
		complaints: count,
		files: count,
		suggestions: count,
		comments: count
	});
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
		const third = complaintItem(w);
		expect((await submit(w.clients.agent, [third]))[0]!.status).toBe('created');
		held = third.id;
		await act(held, 'answer', { text: 'Madame, votre dossier est complet.' });
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

	const expiring = (client: PocketBase, days?: number) =>
		client.send<{
			retentionMonths: number;
			days: number;
			items: { id: string; reference: string; expiresAt: string; lastActivityAt: string; hold: unknown }[];
		}>('/api/qep/retention/expiring', { query: days ? { days: String(days) } : {} });
	const hold = (client: PocketBase, id: string, body: unknown) =>
		client.send<{ complaint: { hold_until: string } }>(`/api/qep/complaints/${id}/hold`, {
			method: 'POST',
			body
		});

	it('lists for referents and admins what the job will erase within the window, nothing sooner', async () => {
		const policy = await su.collection('policies').getFirstListItem('');
		expect(policy.retention_months).toBe(MONTHS);
		// Answered today: erased in 36 months, outside the 30-day window; with a 1-month retention, inside 40 days.
		expect((await expiring(w.clients.referent)).items.map((i) => i.id)).not.toContain(answered);
		await su.collection('policies').update(policy.id, { retention_months: 1 });
		try {
			const list = await expiring(w.clients.referent, 40);
			const item = list.items.find((i) => i.id === answered)!;
			expect(list).toMatchObject({ retentionMonths: 1, days: 40 });
			expect(item.hold).toBeNull();
			const expected = new Date(item.lastActivityAt);
			expected.setUTCMonth(expected.getUTCMonth() + 1);
			expect(Date.parse(item.expiresAt)).toBe(expected.getTime());
			expect(list.items.map((i) => i.id)).not.toContain(open);
			expect((await expiring(w.clients.admin, 40)).items.map((i) => i.id)).toContain(answered);
		} finally {
			await su.collection('policies').update(policy.id, { retention_months: MONTHS });
		}
		expect(await statusOf(expiring(w.clients.agent))).toBe(403);
		expect(await statusOf(expiring(w.clients.anonymous))).toBe(401);
		const bad = await expiring(w.clients.referent, 400).catch((e: ClientResponseError) => e);
		expect((bad as ClientResponseError).response.data.days?.code).toBe('invalid');
	});

	it('lets an administrator hold an item, with a reason and an end in the trail, without restarting the period', async () => {
		const before = await complaintOf(held);
		const until = after(MONTHS, 10).slice(0, 10);
		expect(await statusOf(hold(w.clients.referent, held, { until, reason: 'Recours contentieux' }))).toBe(
			403
		);
		const refused = await hold(w.clients.admin, held, { until: '2020-01-01', reason: 'x' }).catch(
			(e: ClientResponseError) => e
		);
		expect((refused as ClientResponseError).response.data).toMatchObject({
			until: { code: 'past' },
			reason: { code: 'too_short' }
		});
		expect(
			(await hold(w.clients.admin, held, { until, reason: 'Recours contentieux' })).complaint.hold_until
		).toBe(until);
		const now = await complaintOf(held);
		expect(now).toMatchObject({
			hold_until: until,
			hold_reason: 'Recours contentieux',
			updated: before.updated
		});
		const events = await su
			.collection('complaint_events')
			.getFullList({ filter: `complaint = "${held}" && type = "held"` });
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			actor: w.people.admin.id,
			data: { until, reason: 'Recours contentieux' }
		});
	});

	it('erases nothing a day before the end of the period', async () => {
		expect(await runJob(after(MONTHS, -1))).toMatchObject(erasedOfEach(0));
		const complaint = await complaintOf(answered);
		expect(complaint.contact_email).not.toBe('');
		expect((await stored(answered)).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
	});

	it('a day after, erases exactly the personal data of what is answered, and keeps what statistics read', async () => {
		const before = await complaintOf(answered);
		expect(await runJob(after(MONTHS, 1))).toMatchObject(erasedOfEach(1));
		// The held item waits for the end of its hold.
		expect((await complaintOf(held)).anonymised_at).toBe('');
		const now = await complaintOf(answered);
		expect(now).toMatchObject(ERASED_COMPLAINT);
		expect(now.anonymised_at).not.toBe('');
		for (const kept of KEPT_BY_ANONYMISATION) expect(now[kept], kept).toEqual(before[kept]);
		// The file is gone from storage, not only unlinked.
		expect(await stored(answered)).toEqual([]);

		const untouched = await complaintOf(open);
		expect(untouched.contact_email).not.toBe('');
		expect(untouched.anonymised_at).toBe('');

		const [suggestion] = await su.collection('suggestions').getFullList({ filter: `site = "${w.siteA.id}"` });
		expect(suggestion).toMatchObject({
			email: '',
			text: ERASED.text,
			anonymised_reason: ''
		});
		expect(suggestion?.anonymised_at).not.toBe('');
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
			text: ERASED.text
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
		const before = await complaintOf(answered);
		expect(await runJob(after(MONTHS, 2))).toMatchObject(erasedOfEach(0));
		expect(await complaintOf(answered)).toEqual(before);
		const anonymised = await su
			.collection('complaint_events')
			.getFullList({ filter: `complaint = "${answered}" && type = "anonymised"` });
		expect(anonymised).toHaveLength(1);
	});

	it('erases a held item once its hold is over', async () => {
		expect(await runJob(after(MONTHS, 10))).toMatchObject({ complaints: 0 });
		expect(await runJob(after(MONTHS, 11))).toMatchObject({ complaints: 1 });
		expect((await complaintOf(held)).contact_email).toBe('');
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
		const holdRefused = await hold(w.clients.admin, answered, {
			until: after(1, 0).slice(0, 10),
			reason: 'Trop tard'
		}).catch((e: ClientResponseError) => e);
		expect((holdRefused as ClientResponseError).response.data.id?.code).toBe('anonymised');
	});
});
