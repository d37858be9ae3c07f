// The rights of persons (RGPD art. 15–17, 21), through the real routes: an administrator finds everything
// held about a person (by e-mail, whatever its case, or by reference) and nobody else's, exports it with the
// files' bytes, corrects a contact without restarting the retention, erases an item at once exactly as the
// retention job does (or is told why not); a citizen erases their own item from the tracking page, or,
// while it is held, has the request recorded and carried out by the job once the hold ends. The indicators
// do not move. Its own server: it erases data and runs the retention job.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	FILES,
	complaintItem,
	mailbox,
	submit,
	submitWithFiles,
	suggestionItem,
	track,
	ERASED,
	ERASED_COMPLAINT,
	KEPT_BY_ANONYMISATION,
	trackingToken,
	type Item,
	type Receipt
} from '../support/complaints';
import { runRetention, storedFiles } from '../support/retention';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { createWorld, superClient, type World } from '../support/world';

interface Attachment {
	name: string;
	size: number;
	type?: string;
	content?: string;
}
interface TrailEvent {
	type: string;
	at: string;
	actor: string;
	data: Record<string, unknown>;
}
interface ComplaintView {
	id: string;
	reference: string;
	status: string;
	site: { id: string; name: string };
	contact_name: string;
	contact_email: string;
	contact_phone: string;
	contact_address: string;
	received_at: string;
	anonymised_at: string;
	hold_until: string;
	erasure_requested_at: string;
	attachments: Attachment[];
	trail: TrailEvent[];
	[field: string]: unknown;
}
interface SuggestionView {
	id: string;
	site: { id: string; name: string };
	email: string;
	text: string;
	anonymised_at: string;
}
interface Rights {
	query: Record<string, string>;
	generatedAt: string;
	complaints: ComplaintView[];
	suggestions: SuggestionView[];
}
interface Answer<T = unknown> {
	status: number;
	body: T;
}

/** The instant `days` days from now, as the job's command takes it. */
const inDays = (days: number) => new Date(Date.now() + days * 86400000).toISOString();
const todayUTC = () => new Date().toISOString().slice(0, 10);
/** Everybody the administrators' routes turn away, and the status each gets. */
const NOT_ADMINS = [
	['anonymous', 401],
	['kiosk', 401],
	['agent', 403],
	['referent', 403]
] as const;

describe('rights of persons', () => {
	let server: TestServer;
	let su: PocketBase;
	let w: World;
	/** The person: one address, written in two cases. */
	const email = mailbox('droits');
	const upper = `${email.split('@')[0]!.toUpperCase()}@EXAMPLE.ORG`;
	/** A: theirs, answered, with a PDF and an internal note. B: theirs, open, with a PNG. */
	let a: { item: Item; receipt: Receipt };
	let b: { item: Item; receipt: Receipt };
	let suggestion: string;
	/** Other people's: an answered complaint and a suggestion. */
	let other: { item: Item; receipt: Receipt };
	let otherSuggestion: string;
	/** Items of the citizen's own requests (erased now, held), and of the correction. */
	let citizen: { item: Item; receipt: Receipt };
	let held: { item: Item; receipt: Receipt };
	let corrected: { item: Item; receipt: Receipt };
	let board: unknown;

	const ask = async <T = unknown>(
		client: PocketBase,
		route: string,
		options: { method?: string; body?: unknown; query?: Record<string, string> } = {}
	): Promise<Answer<T>> => {
		try {
			return { status: 200, body: await client.send<T>(route, { method: 'GET', ...options }) };
		} catch (error) {
			if (!(error instanceof ClientResponseError)) throw error;
			return { status: error.status, body: error.response as T };
		}
	};
	const rights = (query: Record<string, string>, client = w.clients.admin) =>
		ask<Rights>(client, '/api/qep/rights', { query });
	const exported = (query: Record<string, string>) =>
		ask<Rights>(w.clients.admin, '/api/qep/rights/export', { query });
	const post = <T = unknown>(route: string, body: unknown, client = w.clients.admin) =>
		ask<T>(client, route, { method: 'POST', body });
	const codes = (answer: Answer) =>
		Object.fromEntries(
			Object.entries((answer.body as { data?: Record<string, { code: string }> }).data ?? {}).map(
				([field, value]) => [field, value.code]
			)
		);
	/** A 400 whose body gives exactly these codes by field; `label` names the case in a failure. */
	const expectRefused = (answer: Answer, expected: Record<string, string>, label?: string) => {
		expect(answer.status, label).toBe(400);
		expect(codes(answer), label).toEqual(expected);
	};
	const runJob = (at: string) => runRetention(server.dataDir, at);
	const stored = (id: string) => storedFiles(su, server.dataDir, id);
	const events = (complaint: string, type?: string) =>
		su.collection('complaint_events').getFullList({
			filter: type ? `complaint = "${complaint}" && type = "${type}"` : `complaint = "${complaint}"`,
			sort: 'created'
		});
	const act = (id: string, action: string, body: Record<string, unknown>) =>
		w.clients.agent.send(`/api/qep/complaints/${id}/${action}`, { method: 'POST', body });
	const answer = (id: string) => act(id, 'answer', { text: 'Madame, votre rendez-vous est fixé au 3 mars.' });
	const file = async (
		item: Item,
		files: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }[] = []
	): Promise<{ item: Item; receipt: Receipt }> => {
		const [result] = files.length
			? await submitWithFiles(w.clients.agent, item, files)
			: await submit(w.clients.agent, [item]);
		expect(result!.status).toBe('created');
		return { item, receipt: (result as { receipt: Receipt }).receipt };
	};
	const indicators = () =>
		w.clients.referent.send('/api/qep/indicators', {
			query: { from: inDays(-365).slice(0, 10), to: todayUTC(), site: w.siteA.id }
		});

	beforeAll(async () => {
		server = await startTestServer();
		su = await superClient(server.url, SUPERUSER);
		w = await createWorld(su);
		const pdf = { name: 'convocation.pdf', type: 'application/pdf', bytes: FILES.pdf };
		const png = { name: 'guichet.png', type: 'image/png', bytes: FILES.png };
		a = await file(
			complaintItem(w, {
				contact_email: email,
				contact_phone: '06 12 34 56 78',
				contact_address: '1 rue de la Paix, Metz'
			}),
			[pdf]
		);
		await act(a.item.id, 'notes', { text: 'Appelé Mme Martin au 06 12 34 56 78.' });
		await answer(a.item.id);
		b = await file(complaintItem(w, { contact_email: upper, subject: 'Deuxième dossier' }), [png]);
		other = await file(complaintItem(w));
		await answer(other.item.id);
		citizen = await file(complaintItem(w), [pdf]);
		await answer(citizen.item.id);
		held = await file(complaintItem(w));
		await answer(held.item.id);
		corrected = await file(complaintItem(w));
		const mine = suggestionItem(w, { email: upper });
		const theirs = suggestionItem(w, { email: mailbox('autre') });
		expect((await submit(w.clients.agent, [mine, theirs])).map((r) => r.status)).toEqual([
			'created',
			'created'
		]);
		[suggestion, otherSuggestion] = [mine.id, theirs.id];
		board = await indicators();
	});
	afterAll(() => server?.stop());

	describe('finding what is held about a person', () => {
		it('finds their complaints and suggestions by e-mail, whatever its case, and nobody else’s', async () => {
			for (const query of [email, upper, ` ${email} `]) {
				const found = await rights({ email: query });
				expect(found.status, query).toBe(200);
				expect(found.body.query).toEqual({ email: query.trim() });
				expect(found.body.complaints.map((c) => c.id).sort()).toEqual([a.item.id, b.item.id].sort());
				expect(found.body.suggestions.map((s) => s.id)).toEqual([suggestion]);
			}
			const { complaints, suggestions, generatedAt } = (await rights({ email })).body;
			expect(Date.parse(generatedAt)).toBeGreaterThan(Date.now() - 60_000);
			// Newest received first.
			expect(complaints.map((c) => c.id)).toEqual([b.item.id, a.item.id]);
			expect(suggestions[0]).toMatchObject({
				site: { id: w.siteA.id, name: w.siteA.name },
				email: upper,
				text: 'Plus de chaises dans la salle d’attente.',
				anonymised_at: ''
			});
		});

		it('shows each complaint whole: its contact, its state, its files and its trail, oldest first', async () => {
			const [, found] = (await rights({ email })).body.complaints;
			expect(found).toMatchObject({
				id: a.item.id,
				reference: a.receipt.reference,
				kind: 'complaint',
				channel: 'web',
				status: 'answered',
				site: { id: w.siteA.id, name: w.siteA.name },
				subject: 'Attente trop longue',
				contact_name: 'Camille Martin',
				contact_email: email,
				contact_phone: '06 12 34 56 78',
				contact_address: '1 rue de la Paix, Metz',
				received_at: a.receipt.received_at,
				deadline_at: a.receipt.deadline_at,
				answer: 'Madame, votre rendez-vous est fixé au 3 mars.',
				anonymised_at: '',
				hold_until: '',
				hold_reason: '',
				erasure_requested_at: ''
			});
			expect(Date.parse(found!.answered_at as string)).not.toBeNaN();
			expect(found!.attachments).toEqual([{ name: expect.stringMatching(/\.pdf$/), size: FILES.pdf.length }]);
			// Sent through an agent's session, so the intake names them.
			expect(found!.trail[0]).toMatchObject({ type: 'received', actor: w.people.agent.name });
			const at = found!.trail.map((e) => Date.parse(e.at));
			expect(at).toEqual([...at].sort((x, y) => x - y));
			expect(found!.trail.find((e) => e.type === 'note')).toMatchObject({
				actor: w.people.agent.name,
				data: { text: 'Appelé Mme Martin au 06 12 34 56 78.' }
			});
			expect(found!.trail.map((e) => e.type)).toContain('answered');
		});

		it('finds one complaint by its reference, and no suggestion (they have none)', async () => {
			const found = await rights({ reference: b.receipt.reference });
			expect(found.status).toBe(200);
			expect(found.body.query).toEqual({ reference: b.receipt.reference });
			expect(found.body.complaints.map((c) => c.id)).toEqual([b.item.id]);
			expect(found.body.suggestions).toEqual([]);
			expect((await rights({ reference: '2099-R-999999' })).body.complaints).toEqual([]);
		});

		it('exports the same, each file with its type and its bytes', async () => {
			const plain = (await rights({ email })).body;
			const full = await exported({ email });
			expect(full.status).toBe(200);
			const byId = new Map(full.body.complaints.map((c) => [c.id, c]));
			const pdf = byId.get(a.item.id)!.attachments[0]!;
			const png = byId.get(b.item.id)!.attachments[0]!;
			expect(pdf.type).toBe('application/pdf');
			expect(png.type).toBe('image/png');
			expect(Buffer.from(pdf.content!, 'base64').equals(Buffer.from(FILES.pdf))).toBe(true);
			expect(Buffer.from(png.content!, 'base64').equals(Buffer.from(FILES.png))).toBe(true);
			// Nothing else differs from the answer without the files.
			const strip = (r: Rights) =>
				r.complaints.map((c) => ({
					...c,
					attachments: c.attachments.map(({ name, size }) => ({ name, size }))
				}));
			expect(strip(full.body)).toEqual(strip(plain));
			expect(full.body.suggestions).toEqual(plain.suggestions);
		});

		it('wants exactly one well-formed e-mail or reference', async () => {
			const cases: [Record<string, string>, Record<string, string>][] = [
				[{}, { query: 'required' }],
				[{ email: '' }, { query: 'required' }],
				[{ email, reference: a.receipt.reference }, { query: 'invalid' }],
				[{ email: 'camille@' }, { email: 'invalid' }],
				[{ reference: '2026-X-1' }, { reference: 'invalid' }],
				[{ reference: "' OR 1=1 --" }, { reference: 'invalid' }]
			];
			for (const [query, expected] of cases) {
				const refused = await rights(query);
				expectRefused(refused, expected, JSON.stringify(query));
				expect(
					(await ask(w.clients.admin, '/api/qep/rights/export', { query })).status,
					JSON.stringify(query)
				).toBe(400);
			}
		});

		it('is for administrators only', async () => {
			for (const [role, status] of [...NOT_ADMINS, ['otherAgent', 403] as const]) {
				expect((await rights({ email }, w.clients[role])).status, role).toBe(status);
				expect(
					(await ask(w.clients[role], '/api/qep/rights/export', { query: { email } })).status,
					role
				).toBe(status);
			}
		});
	});

	describe('correcting a contact', () => {
		const route = () => `/api/qep/complaints/${corrected.item.id}/contact`;

		it('changes only the fields given, leaves `updated` alone, and the trail names them without values', async () => {
			const before = await su.collection('complaints').getOne(corrected.item.id);
			const newEmail = mailbox('corrige');
			const done = await post(route(), {
				contact_email: newEmail,
				contact_phone: '06 98 76 54 32',
				contact_name: before.contact_name
			});
			expect(done).toEqual({
				status: 200,
				body: {
					complaint: {
						id: corrected.item.id,
						contact_name: before.contact_name,
						contact_email: newEmail,
						contact_phone: '06 98 76 54 32',
						contact_address: ''
					}
				}
			});
			const after = await su.collection('complaints').getOne(corrected.item.id);
			expect(after).toEqual({ ...before, contact_email: newEmail, contact_phone: '06 98 76 54 32' });
			const trail = await events(corrected.item.id, 'corrected');
			expect(trail).toHaveLength(1);
			expect(trail[0]).toMatchObject({
				actor: w.people.admin.id,
				data: { fields: ['contact_email', 'contact_phone'] }
			});
			expect(JSON.stringify(trail[0]!.data)).not.toMatch(/98 76|corrige|example/);
			// The person is now found at the new address, and the citizen tracks it with it.
			expect((await rights({ email: newEmail })).body.complaints.map((c) => c.id)).toEqual([
				corrected.item.id
			]);
			expect(
				(await track(w.clients.agent, { reference: corrected.receipt.reference, email: newEmail })).status
			).toBe(200);
		});

		it('refuses what intake would refuse, unknown fields and an empty correction, and stores nothing', async () => {
			const before = await su.collection('complaints').getOne(corrected.item.id);
			const cases: [unknown, Record<string, string>][] = [
				[{}, { body: 'required' }],
				[[], { body: 'invalid' }],
				[{ subject: 'Autre chose', contact_name: 'Camille' }, { subject: 'unknown' }],
				[{ contact_email: 'camille@' }, { contact_email: 'invalid' }],
				[{ contact_email: '' }, { contact_email: 'contact_required' }],
				[{ contact_name: 'C' }, { contact_name: 'too_short' }],
				[{ contact_phone: 'appelez-moi' }, { contact_phone: 'invalid' }],
				[{ contact_address: null }, { contact_address: 'invalid' }],
				[{ contact_address: 'x'.repeat(301) }, { contact_address: 'too_long' }]
			];
			for (const [body, expected] of cases) {
				const refused = await post(route(), body);
				expectRefused(refused, expected, JSON.stringify(body));
			}
			expect(await su.collection('complaints').getOne(corrected.item.id)).toEqual(before);
			expect(await events(corrected.item.id, 'corrected')).toHaveLength(1);
			expect(
				(await post('/api/qep/complaints/zzzzzzzzzzzzzzz/contact', { contact_name: 'Camille' })).status
			).toBe(404);
		});

		it('is for administrators only', async () => {
			for (const [role, status] of NOT_ADMINS)
				expect((await post(route(), { contact_name: 'Camille Durand' }, w.clients[role])).status, role).toBe(
					status
				);
			expect(await events(corrected.item.id, 'corrected')).toHaveLength(1);
		});
	});

	describe('erasing at a person’s request', () => {
		const erase = (id: string, body: unknown, client = w.clients.admin) =>
			post<{ complaint: { id: string; anonymised_at: string } }>(
				`/api/qep/complaints/${id}/erase`,
				body,
				client
			);
		const reason = 'Demande écrite de la personne, reçue le 3 mars';

		it('refuses a reason that is none, and callers who are not administrators', async () => {
			for (const [body, expected] of [
				[{}, { reason: 'required' }],
				[{ reason: 'ab' }, { reason: 'too_short' }],
				[{ reason: ['Demande'] }, { reason: 'invalid' }],
				['Demande', { body: 'invalid' }]
			] as const) {
				const refused = await erase(a.item.id, body);
				expectRefused(refused, expected, JSON.stringify(body));
			}
			for (const [role, status] of NOT_ADMINS)
				expect((await erase(a.item.id, { reason }, w.clients[role])).status, role).toBe(status);
			expect((await erase('zzzzzzzzzzzzzzz', { reason })).status).toBe(404);
			expect((await su.collection('complaints').getOne(a.item.id)).anonymised_at).toBe('');
		});

		it('waits for the answer, and for the end of a hold', async () => {
			const open = await erase(b.item.id, { reason });
			expectRefused(open, { id: 'not_answered' });
			const until = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
			await post(`/api/qep/complaints/${held.item.id}/hold`, { until, reason: 'Recours contentieux' });
			const refused = await erase(held.item.id, { reason });
			expectRefused(refused, { id: 'held' });
			for (const id of [b.item.id, held.item.id]) {
				expect((await su.collection('complaints').getOne(id)).anonymised_at, id).toBe('');
				expect(await events(id, 'anonymised'), id).toHaveLength(0);
			}
		});

		it('erases exactly what the retention job erases, at once, and says who and why in the trail', async () => {
			const before = await su.collection('complaints').getOne(a.item.id);
			expect((await stored(a.item.id)).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
			const done = await erase(a.item.id, { reason: ` ${reason} ` });
			expect(done.status).toBe(200);
			expect(done.body.complaint.id).toBe(a.item.id);
			const now = await su.collection('complaints').getOne(a.item.id);
			expect(Date.parse(now.anonymised_at)).toBe(Date.parse(done.body.complaint.anonymised_at));
			expect(now).toMatchObject(ERASED_COMPLAINT);
			for (const kept of KEPT_BY_ANONYMISATION) expect(now[kept], kept).toEqual(before[kept]);
			expect(await stored(a.item.id)).toEqual([]);
			const trail = await events(a.item.id);
			expect(trail.find((e) => e.type === 'note')!.data).toEqual({ text: ERASED.text });
			const anonymised = trail.filter((e) => e.type === 'anonymised');
			expect(anonymised).toHaveLength(1);
			expect(anonymised[0]).toMatchObject({
				actor: w.people.admin.id,
				data: { by: 'request', reason, files: 1 }
			});
			expect(trail.at(-1)!.type).toBe('anonymised');
			expect(JSON.stringify(trail)).not.toMatch(/Martin|06 12 34|rendez-vous/);
		});

		it('then no longer finds it by e-mail, finds it erased by reference, and refuses to erase it twice', async () => {
			expect((await rights({ email })).body.complaints.map((c) => c.id)).toEqual([b.item.id]);
			const [found] = (await rights({ reference: a.receipt.reference })).body.complaints;
			expect(found).toMatchObject({ id: a.item.id, contact_email: '', attachments: [] });
			expect(found!.anonymised_at).not.toBe('');
			const again = await erase(a.item.id, { reason });
			expectRefused(again, { id: 'anonymised' });
			const correction = await post(`/api/qep/complaints/${a.item.id}/contact`, { contact_name: 'Camille' });
			expect(codes(correction)).toEqual({ id: 'anonymised' });
			expect(await events(a.item.id, 'anonymised')).toHaveLength(1);
		});

		it('erases a suggestion’s address and text, keeping when and why', async () => {
			const before = await su.collection('suggestions').getOne(suggestion);
			expect(
				(await post(`/api/qep/suggestions/${suggestion}/erase`, { reason }, w.clients.referent)).status
			).toBe(403);
			const done = await post<{ suggestion: { id: string; anonymised_at: string } }>(
				`/api/qep/suggestions/${suggestion}/erase`,
				{ reason }
			);
			expect(done.status).toBe(200);
			const now = await su.collection('suggestions').getOne(suggestion);
			expect(now).toEqual({
				...before,
				email: '',
				text: ERASED.text,
				anonymised_at: now.anonymised_at,
				anonymised_reason: reason
			});
			expect(Date.parse(now.anonymised_at)).toBe(Date.parse(done.body.suggestion.anonymised_at));
			expect((await rights({ email })).body.suggestions).toEqual([]);
			const again = await post(`/api/qep/suggestions/${suggestion}/erase`, { reason });
			expect(codes(again)).toEqual({ id: 'anonymised' });
			expect((await post('/api/qep/suggestions/zzzzzzzzzzzzzzz/erase', { reason })).status).toBe(404);
			const theirs = await su.collection('suggestions').getOne(otherSuggestion);
			expect(theirs.email).not.toBe('');
			expect(theirs.anonymised_at).toBe('');
		});

		it('left other people’s items alone', async () => {
			const theirs = await su.collection('complaints').getOne(other.item.id);
			expect(theirs.anonymised_at).toBe('');
			expect(theirs.contact_email).toBe(other.item.data.contact_email);
			expect((await rights({ email: other.item.data.contact_email as string })).body.complaints).toHaveLength(
				1
			);
		});
	});

	describe('the citizen’s own request, from the tracking page', () => {
		// As the citizen, a guest; refusals and look-ups after the fact through a signed-in client, so that
		// this file's own requests leave the guests' limit to its last test.
		const askErase = (body: unknown, client = w.clients.anonymous) =>
			ask<{ outcome: string }>(client, '/api/qep/track/erase', { method: 'POST', body });
		const probe = (body: unknown) => askErase(body, w.clients.agent);

		it('is refused as tracking refuses: malformed (400), unknown or wrong e-mail (404), not answered (400)', async () => {
			expect(codes(await probe({ token: 'short' }))).toEqual({ token: 'invalid' });
			expect(codes(await probe({}))).toEqual({ reference: 'required', email: 'required' });
			expect((await probe({ token: trackingToken() })).status).toBe(404);
			const wrong = await probe({ reference: citizen.receipt.reference, email: email });
			expect(wrong.status).toBe(404);
			expect(wrong.body).toMatchObject({ code: 'not_found' });
			const open = await probe({ token: b.item.data.tracking_token });
			expectRefused(open, { status: 'not_answered' });
			expect((await su.collection('complaints').getOne(citizen.item.id)).anonymised_at).toBe('');
			expect((await su.collection('complaints').getOne(b.item.id)).anonymised_at).toBe('');
		});

		it('erases an answered item at once, by reference and e-mail in any case; then nothing matches', async () => {
			const given = (citizen.item.data.contact_email as string).toUpperCase();
			const done = await askErase({ reference: citizen.receipt.reference, email: given });
			expect(done).toEqual({ status: 200, body: { outcome: 'erased' } });
			const now = await su.collection('complaints').getOne(citizen.item.id);
			expect(now).toMatchObject({ contact_email: '', tracking_token_hash: '', subject: ERASED.subject });
			expect(await stored(citizen.item.id)).toEqual([]);
			const anonymised = await events(citizen.item.id, 'anonymised');
			expect(anonymised).toHaveLength(1);
			expect(anonymised[0]).toMatchObject({ actor: '', data: { by: 'citizen', files: 1 } });
			expect(anonymised[0]!.data).not.toHaveProperty('reason');
			for (const body of [
				{ token: citizen.item.data.tracking_token },
				{ reference: citizen.receipt.reference, email: given }
			]) {
				expect((await track(w.clients.agent, body)).status).toBe(404);
				expect((await probe(body)).status).toBe(404);
			}
		});

		it('while an administrator holds the item, records the request once; the job erases it when the hold ends', async () => {
			const token = held.item.data.tracking_token;
			const before = await su.collection('complaints').getOne(held.item.id);
			expect(before.hold_until).not.toBe('');
			expect(await askErase({ token })).toEqual({ status: 200, body: { outcome: 'deferred' } });
			const requested = await su.collection('complaints').getOne(held.item.id);
			expect(requested).toEqual({ ...before, erasure_requested_at: requested.erasure_requested_at });
			expect(requested.erasure_requested_at).not.toBe('');
			expect(await probe({ token })).toEqual({ status: 200, body: { outcome: 'deferred' } });
			expect((await su.collection('complaints').getOne(held.item.id)).erasure_requested_at).toBe(
				requested.erasure_requested_at
			);
			const asked = await events(held.item.id, 'erasure_requested');
			expect(asked).toHaveLength(1);
			expect(asked[0]).toMatchObject({ actor: '', data: {} });
			// The administrator sees the request.
			const [seen] = (await rights({ reference: held.receipt.reference })).body.complaints;
			expect(Date.parse(seen!.erasure_requested_at)).toBe(Date.parse(requested.erasure_requested_at));
			// So does the referent, among what is erased soon: the day after the hold's last day.
			const soon = await w.clients.referent.send<{
				items: { id: string; expiresAt: string; erasureRequested: boolean }[];
			}>('/api/qep/retention/expiring', {});
			const listed = soon.items.find((item) => item.id === held.item.id);
			expect(listed).toMatchObject({ erasureRequested: true });
			expect(listed!.expiresAt).toBe(
				new Date(Date.parse(`${before.hold_until}T00:00:00.000Z`) + 86_400_000).toISOString()
			);

			// Tonight: still held. The day after the hold's last day: erased, long before the period's end.
			expect(await runJob(inDays(0))).toMatchObject({ complaints: 0, requested: 0 });
			expect((await su.collection('complaints').getOne(held.item.id)).anonymised_at).toBe('');
			expect(await runJob(inDays(2))).toMatchObject({ complaints: 1, requested: 1 });
			const erased = await su.collection('complaints').getOne(held.item.id);
			expect(erased).toMatchObject({ contact_email: '', tracking_token_hash: '', subject: ERASED.subject });
			const anonymised = await events(held.item.id, 'anonymised');
			expect(anonymised).toHaveLength(1);
			expect(anonymised[0]).toMatchObject({ actor: '', data: { by: 'citizen', files: 0 } });
			expect((await track(w.clients.agent, { token })).status).toBe(404);
			// Nobody else's item was due.
			expect((await su.collection('complaints').getOne(other.item.id)).anonymised_at).toBe('');
			expect(await runJob(inDays(3))).toMatchObject({ complaints: 0, requested: 0 });
		});
	});

	describe('what stays', () => {
		it('leaves the indicators exactly as they were', async () => {
			expect(await indicators()).toEqual(board);
		});

		it('lets nobody set the new fields through the record API, not even a superuser', async () => {
			const instant = '2026-01-01 10:00:00.000Z';
			for (const [collection, id, data] of [
				['complaints', b.item.id, { erasure_requested_at: instant }],
				['complaints', b.item.id, { anonymised_at: instant }],
				['suggestions', otherSuggestion, { anonymised_at: instant }],
				['suggestions', otherSuggestion, { anonymised_reason: 'Effacée' }]
			] as const) {
				const refused = await su
					.collection(collection)
					.update(id, data)
					.catch((e: ClientResponseError) => e);
				expect(refused, `${collection} ${Object.keys(data)[0]}`).toBeInstanceOf(ClientResponseError);
				expect((refused as ClientResponseError).status).toBe(403);
			}
			expect((await su.collection('complaints').getOne(b.item.id)).erasure_requested_at).toBe('');
			expect((await su.collection('suggestions').getOne(otherSuggestion)).anonymised_at).toBe('');
		});

		it('limits erasure requests from one address, as tracking look-ups are', async () => {
			const { rateLimits } = await su.settings.getAll();
			expect(rateLimits.rules).toEqual(
				expect.arrayContaining([
					{ label: '/api/qep/track/erase', audience: '@guest', duration: 60, maxRequests: 10 },
					{ label: '/api/qep/track/erase', audience: '@auth', duration: 60, maxRequests: 30 }
				])
			);
			// At most 10 a minute: 21 in a row cross at most one window's end, so one of them is refused.
			const statuses: number[] = [];
			for (let i = 0; i < 21; i++) {
				const response = await fetch(`${server.url}/api/qep/track/erase`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ token: trackingToken() })
				});
				statuses.push(response.status);
			}
			expect(statuses).toContain(429);
			expect(new Set(statuses)).toEqual(new Set([404, 429]));
		});
	});
});
