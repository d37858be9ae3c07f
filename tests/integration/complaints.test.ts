// POST /api/qep/complaints for complaints and information requests, against a real PocketBase mailing to
// the SMTP sink: receipt, reference, deadline, acknowledgement, idempotent replays, per-field verdicts.
// Guests may send 6 requests a minute to this route and every file shares one server, so most cases are
// sent by a signed-in agent on the web channel, which the route treats exactly as a visitor's item.
import { createHash } from 'node:crypto';
import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	FILES,
	complaintItem,
	submit,
	submitWithFiles,
	track,
	trackingToken,
	type Receipt
} from '../support/complaints';
import { workingDays, type WorkingDays } from '../support/hook-libs';
import { waitForMail } from '../support/smtp-sink.js';
import { createWorld, superClient, type World } from '../support/world';

const PARIS = { timeZone: 'Europe/Paris', zone: 'metropole', closures: [] as string[] };
const pbDate = (iso: string) => iso.replace('T', ' ');

describe('complaint intake', () => {
	let w: World;
	let wd: WorkingDays;
	const mailUrl = inject('mailUrl');
	const sender = () => w.clients.agent;

	const stored = (ids: string[]) =>
		w.su.collection('complaints').getFullList({ filter: ids.map((id) => `id = "${id}"`).join(' || ') });
	const events = (id: string) =>
		w.su.collection('complaint_events').getFullList({ filter: `complaint = "${id}"`, sort: 'created' });
	const mailsTo = async (address: string) =>
		((await (await fetch(`${mailUrl}/messages`)).json()) as { to: string[] }[]).filter((m) =>
			m.to.includes(address)
		);

	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
		w.siteA = await w.su.collection('sites').update(w.siteA.id, {
			name: 'Préfecture de la Moselle',
			contact_email: 'accueil@moselle.gouv.test',
			contact_address: '9 place de la Préfecture, 57000 Metz'
		});
		wd = await workingDays();
	});

	it('stores a web complaint with its reference, receipt and deadline, and e-mails the acknowledgement', async () => {
		const item = complaintItem(w);
		const before = Date.now();
		const [result] = await submit(w.clients.anonymous, [item]);
		const after = Date.now();
		expect(result).toMatchObject({ id: item.id, status: 'created' });
		const receipt = (result as { receipt: Receipt }).receipt;

		const receivedMs = Date.parse(receipt.received_at);
		expect(receivedMs).toBeGreaterThanOrEqual(before - 1000);
		expect(receivedMs).toBeLessThanOrEqual(after + 1000);
		const due = wd.deadline(receipt.received_at, 15, PARIS);
		expect(receipt).toEqual({
			reference: expect.stringMatching(new RegExp(`^${due.receivedOn.slice(0, 4)}-R-\\d{6}$`)),
			kind: 'complaint',
			received_at: receipt.received_at,
			deadline_at: due.dueAt,
			ack: 'sent'
		});

		const [record] = await stored([item.id]);
		expect(record).toMatchObject({
			reference: receipt.reference,
			status: 'received',
			channel: 'web',
			language: 'fr',
			received_at: pbDate(receipt.received_at),
			deadline_at: pbDate(due.dueAt),
			ack_status: 'sent',
			tracking_token_hash: createHash('sha256')
				.update(item.data.tracking_token as string)
				.digest('hex')
		});
		const trail = await events(item.id);
		expect(trail.map((e) => [e.type, e.data])).toEqual([
			[
				'received',
				{
					channel: 'web',
					reference: receipt.reference,
					received_at: receipt.received_at,
					deadline_at: due.dueAt,
					submitted_at: item.data.submitted_at
				}
			],
			['acknowledged', { ack: 'sent' }]
		]);

		const mail = await waitForMail(mailUrl, { to: item.data.contact_email as string });
		expect(mail.subject).toContain(receipt.reference);
		// A day as the mail spells it ("1er mars 2026"), the month named by the platform's calendar.
		const frenchDate = (iso: string) => {
			const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
			const name = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }).format(
				new Date(Date.UTC(year, month - 1, 1))
			);
			return `${day === 1 ? '1er' : day} ${name} ${year}`;
		};
		for (const part of [
			receipt.reference,
			frenchDate(due.receivedOn),
			`au plus tard le`,
			frenchDate(due.dueOn),
			'Préfecture de la Moselle – Bureau des étrangers',
			'accueil@moselle.gouv.test',
			'9 place de la Préfecture, 57000 Metz',
			`${inject('pbUrl')}/suivi#${item.data.tracking_token}`
		]) {
			expect(mail.text).toContain(part);
		}
		expect(mail.html).toContain(`href="${inject('pbUrl')}/suivi#${item.data.tracking_token}"`);
	});

	it('answers a replay with "duplicate" and the same receipt, storing and mailing nothing more', async () => {
		const item = complaintItem(w);
		const [first] = await submit(sender(), [item]);
		const [again] = await submit(sender(), [item]);
		expect(first!.status).toBe('created');
		expect(again).toEqual({
			id: item.id,
			status: 'duplicate',
			receipt: (first as { receipt: Receipt }).receipt
		});
		const reference = (first as { receipt: Receipt }).receipt.reference;
		expect(
			await w.su.collection('complaints').getFullList({ filter: `reference = "${reference}"` })
		).toHaveLength(1);
		expect(await events(item.id)).toHaveLength(2);
		expect(await mailsTo(item.data.contact_email as string)).toHaveLength(1);
	});

	it('gives no receipt to a replay that does not hold the tracking token', async () => {
		const item = complaintItem(w);
		await submit(sender(), [item]);
		const forged = { ...item, data: { ...item.data, tracking_token: trackingToken() } };
		expect(await submit(sender(), [forged])).toEqual([{ id: item.id, status: 'duplicate' }]);
	});

	it('numbers complaints and information requests in their own series, with their own deadlines', async () => {
		const items = [
			complaintItem(w),
			complaintItem(w),
			complaintItem(w, { kind: 'information', contact_email: '', contact_address: '1 rue Serpenoise, Metz' })
		];
		const receipts = (await submit(sender(), items)).map((r) => (r as { receipt: Receipt }).receipt);
		const sequence = (ref: string) => Number(ref.slice(-6));
		expect(sequence(receipts[1]!.reference)).toBe(sequence(receipts[0]!.reference) + 1);
		expect(receipts[2]).toMatchObject({
			reference: expect.stringMatching(/^\d{4}-I-\d{6}$/),
			kind: 'information',
			deadline_at: wd.deadline(receipts[2]!.received_at, 5, PARIS).dueAt,
			// No e-mail address: the acknowledgement goes by post, outside the app.
			ack: 'not_requested'
		});
		expect((await events(items[2]!.id)).map((e) => [e.type, e.data])).toEqual([
			['received', expect.objectContaining({ reference: receipts[2]!.reference })],
			['acknowledged', { ack: 'not_requested' }]
		]);
	});

	it('refuses each bad input with its field code and stores nothing', async () => {
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ subject: undefined }, { subject: 'required' }],
			[{ contact_email: 'camille@' }, { contact_email: 'invalid' }],
			[{ contact_email: '', contact_address: '' }, { contact_email: 'contact_required' }],
			[{ site: 'unknownsite0000' }, { site: 'unknown' }],
			[{ reception_point: 'unknownpoint000' }, { reception_point: 'unknown' }],
			[{ engagement: 'unknownengag000' }, { engagement: 'unknown' }],
			[
				{ description: 'x'.repeat(5001), subject: 'y'.repeat(151) },
				{ description: 'too_long', subject: 'too_long' }
			],
			[{ nickname: 'Robert' }, { form: 'spam' }],
			[{ channel: 'kiosk' }, { channel: 'invalid' }],
			[{ tracking_token: 'not-a-token' }, { tracking_token: 'invalid' }]
		];
		const items = cases.map(([data]) => complaintItem(w, data));
		const survey = { ...complaintItem(w), type: 'survey_response' };
		const results = await submit(sender(), [
			...items,
			survey,
			{ id: 'Not An Id', type: 'complaint', data: {} }
		]);
		expect(results).toEqual([
			...cases.map(([, errors], i) => ({ id: items[i]!.id, status: 'rejected', errors })),
			{ id: survey.id, status: 'rejected', errors: { type: 'invalid' } },
			{ id: 'Not An Id', status: 'rejected', errors: { id: 'invalid' } }
		]);
		expect(await stored([...items, survey].map((i) => i.id))).toEqual([]);
		expect(await mailsTo(items[0]!.data.contact_email as string)).toEqual([]);
	});

	it('refuses a request that is not 1 to 20 items as a whole', async () => {
		for (const items of [[], Array.from({ length: 21 }, () => complaintItem(w))]) {
			const error = await submit(sender(), items).catch((e: ClientResponseError) => e);
			expect((error as ClientResponseError).status).toBe(400);
			expect((error as ClientResponseError).response.data).toMatchObject({ items: { code: 'invalid' } });
		}
	});

	it('stores a script tag in the description as it came, and /track gives it back as text', async () => {
		const description = '<script>alert("guichet")</script> <img src=x onerror=alert(1)> attente';
		const item = complaintItem(w, { description });
		expect((await submit(sender(), [item]))[0]!.status).toBe('created');
		expect((await stored([item.id]))[0]!.description).toBe(description);
		const { view } = await track(sender(), { token: item.data.tracking_token });
		expect(view!.description).toBe(description);
	});

	describe('attachments', () => {
		const pdf = { name: 'convocation.pdf', type: 'application/pdf', bytes: FILES.pdf };
		const png = { name: 'ticket.png', type: 'image/png', bytes: FILES.png };

		it('keeps real PDF and PNG files with the complaint, as protected files', async () => {
			const item = complaintItem(w);
			expect((await submitWithFiles(sender(), item, [pdf, png]))[0]!.status).toBe('created');
			const [record] = await stored([item.id]);
			expect(record!.attachments).toHaveLength(2);
			// Protected: served with a file token of someone who may view the complaint, to nobody else.
			const url = `${inject('pbUrl')}/api/files/complaints/${item.id}/${record!.attachments[0]}`;
			expect((await fetch(`${url}?token=${await w.clients.agent.files.getToken()}`)).status).toBe(200);
			expect((await fetch(url)).status).toBe(404);
		});

		it('refuses, storing nothing: a file over 5 MB, an executable named .pdf, four files', async () => {
			const big = new Uint8Array(5242881);
			big.set(FILES.pdf);
			const cases: [{ name: string; type: string; bytes: Uint8Array<ArrayBuffer> }[], string][] = [
				[[{ ...pdf, bytes: big }], 'file_too_large'],
				[[{ name: 'x.pdf', type: 'application/pdf', bytes: FILES.exe }], 'file_type'],
				[[pdf, pdf, png, png], 'too_many_files']
			];
			for (const [files, code] of cases) {
				const item = complaintItem(w);
				expect(await submitWithFiles(sender(), item, files), code).toEqual([
					{ id: item.id, status: 'rejected', errors: { attachments: code } }
				]);
				expect(await stored([item.id])).toEqual([]);
			}
		});
	});

	describe('kiosks', () => {
		it('takes a kiosk’s complaint for its own site, received when it reaches the server; the trail keeps when it was written', async () => {
			const submittedAt = new Date(Date.now() - 2 * 86400000).toISOString();
			const item = complaintItem(w, {
				channel: 'kiosk',
				reception_point: w.pointA.id,
				submitted_at: submittedAt
			});
			const before = Date.now();
			const [result] = await submit(w.clients.kiosk, [item]);
			const receipt = result && 'receipt' in result ? result.receipt : undefined;
			expect(result?.status).toBe('created');
			expect(Date.parse(receipt?.received_at ?? '')).toBeGreaterThanOrEqual(before - 1000);
			expect(receipt?.deadline_at).toBe(wd.deadline(receipt!.received_at, 15, PARIS).dueAt);
			const received = await w.su
				.collection('complaint_events')
				.getFirstListItem(`complaint = "${item.id}" && type = "received"`);
			expect(received.data).toMatchObject({ channel: 'kiosk', submitted_at: submittedAt });
		});

		it('refuses a kiosk speaking for another site', async () => {
			const item = complaintItem(w, { channel: 'kiosk', site: w.siteB.id });
			expect(await submit(w.clients.kiosk, [item])).toEqual([
				{ id: item.id, status: 'rejected', errors: { site: 'wrong_site' } }
			]);
		});

		it('refuses a revoked kiosk as a whole with 403, storing nothing', async () => {
			const kiosk = await w.su.collection('kiosks').create(w.make.kiosk());
			const device = await w.su.collection('kiosks').impersonate(kiosk.id, 3600);
			await w.su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
			const item = complaintItem(w, { channel: 'kiosk' });
			const error = await submit(device, [item]).catch((e: ClientResponseError) => e);
			expect(error).toBeInstanceOf(ClientResponseError);
			expect((error as ClientResponseError).status).toBe(403);
			expect((error as ClientResponseError).response.code).toBe('kiosk_revoked');
			expect(await stored([item.id])).toEqual([]);
		});
	});

	it('refuses impossible dates, invisible text and odd ids, and stores nothing (issue 10)', async () => {
		const items = [
			complaintItem(w, { channel: 'letter', received_on: impossibleRecentDay() }),
			complaintItem(w, { submitted_at: '9999-12-31T23:59:59Z' }),
			complaintItem(w, { submitted_at: '0001-01-01T00:00:00Z' }),
			complaintItem(w, { description: '\u200b'.repeat(12) }),
			complaintItem(w, { subject: { text: 'Attente' }, kind: 'plainte' })
		];
		const results = await submit(sender(), [...items, { ...complaintItem(w), id: '__proto__' }]);
		expect(results).toEqual([
			{ id: items[0]!.id, status: 'rejected', errors: { received_on: 'invalid' } },
			{ id: items[1]!.id, status: 'rejected', errors: { submitted_at: 'invalid' } },
			{ id: items[2]!.id, status: 'rejected', errors: { submitted_at: 'invalid' } },
			{ id: items[3]!.id, status: 'rejected', errors: { description: 'required' } },
			{ id: items[4]!.id, status: 'rejected', errors: { subject: 'invalid', kind: 'invalid' } },
			{ id: '__proto__', status: 'rejected', errors: { id: 'invalid' } }
		]);
		expect(await stored(items.map((i) => i.id))).toEqual([]);
	});
});

/** The 31st (or 29th, 30th) of the latest short month: a day that does not exist, within the past year. */
function impossibleRecentDay(): string {
	const now = new Date();
	for (let back = 1; ; back++) {
		const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
		const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
		if (days < 31) return `${first.toISOString().slice(0, 7)}-${days + 1}`;
	}
}
