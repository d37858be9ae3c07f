// The agents' back office against a real PocketBase: the workflow routes change a complaint and write its
// trail in one go, the clock pauses while waiting for the requester, the answer reaches the requester by
// e-mail and on the tracking page, and nobody outside the item's site finds it.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { complaintItem, submit, track, trackingToken, type Item } from '../support/complaints';
import {
	complaintReceipt,
	workflow,
	workingDays,
	type WorkingDays,
	type Workflow
} from '../support/hook-libs';
import { statusOf } from '../support/http';
import { waitForMail } from '../support/smtp-sink.js';
import { createWorld, superClient, type World } from '../support/world';

interface Complaint extends RecordModel {
	status: string;
	deadline_at: string;
	first_response_at: string;
	waiting_since: string;
	paused_days: number;
	answer: string;
	answered_at: string;
	answered_in_time: boolean;
	assignee: string;
	reference: string;
}
interface InboxItem {
	id: string;
	reference: string;
	status: string;
	urgency: string;
	days_left: number | null;
	site_name: string;
	assignee_name: string;
}
interface Inbox {
	items: InboxItem[];
	totalItems: number;
	counts: Record<string, number>;
}

const iso = (pbDate: string) => (pbDate ? new Date(pbDate.replace(' ', 'T')).toISOString() : '');

let su: PocketBase;
let w: World;
let wd: WorkingDays;
let flow: Workflow;
let siteA: { zone: string; timeZone: string; closures: string[] };

const act = (client: PocketBase, id: string, action: string, body: Record<string, unknown>) =>
	client.send<{ complaint: Complaint; mail?: string }>(`/api/qep/complaints/${id}/${action}`, {
		method: 'POST',
		body
	});
const inbox = (client: PocketBase, query: Record<string, string> = {}) =>
	client.send<Inbox>('/api/qep/inbox', { query });
const eventsOf = (id: string) =>
	su.collection('complaint_events').getFullList({ filter: `complaint = "${id}"`, sort: 'created' });
const load = (id: string) => su.collection('complaints').getOne<Complaint>(id);

/** A web complaint for site A, received now, as the intake route stores it. */
async function received(data: Record<string, unknown> = {}): Promise<{ item: Item; complaint: Complaint }> {
	const item = complaintItem(w, data);
	const [result] = await submit(w.clients.agent, [item]);
	expect(result?.status).toBe('created');
	return { item, complaint: await load(item.id) };
}

/** Moves a stored complaint's deadline (test setup only: the API lets nobody else do it). */
const setDeadline = (id: string, deadlineISO: string) =>
	su.collection('complaints').update<Complaint>(id, { deadline_at: deadlineISO });

const endOfWorkingDayFromToday = (n: number) => {
	const today = wd.receiptDate(new Date().toISOString(), siteA.timeZone);
	return wd.endOfDay(wd.addWorkingDays(today, n, siteA.zone, siteA.closures), siteA.timeZone);
};

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
	wd = await workingDays();
	flow = await workflow();
	siteA = { zone: w.siteA.zone, timeZone: w.siteA.time_zone, closures: [] };
});

describe('an agent works a complaint of his site', () => {
	it('takes it in hand: new status, first response, and a trail entry with who, what and before/after', async () => {
		const { complaint } = await received();
		const before = Date.now();
		const { complaint: after } = await act(w.clients.agent, complaint.id, 'status', { to: 'in_progress' });
		expect(after.status).toBe('in_progress');
		const stored = await load(complaint.id);
		expect(Date.parse(iso(stored.first_response_at))).toBeGreaterThanOrEqual(before - 1000);
		const events = await eventsOf(complaint.id);
		expect(events.map((e) => e.type)).toEqual(['received', 'acknowledged', 'status_changed']);
		expect(events[2]).toMatchObject({
			actor: w.people.agent.id,
			data: {
				before: { status: 'received', first_response_at: '' },
				after: { status: 'in_progress', first_response_at: iso(stored.first_response_at) }
			}
		});
	});

	it('refuses a move the workflow does not allow, and an answer without its text; nothing changes', async () => {
		const { complaint } = await received();
		await expect(act(w.clients.agent, complaint.id, 'status', { to: 'closed' })).rejects.toMatchObject({
			status: 400,
			response: { data: { to: { code: 'invalid_transition' } } }
		});
		await expect(act(w.clients.agent, complaint.id, 'status', { to: 'answered' })).rejects.toMatchObject({
			status: 400,
			response: { data: { to: { code: 'answer_required' } } }
		});
		expect((await load(complaint.id)).status).toBe('received');
		expect((await eventsOf(complaint.id)).map((e) => e.type)).toEqual(['received', 'acknowledged']);
	});

	it('pauses the clock while waiting for the requester, and moves the deadline by the working days waited', async () => {
		const { complaint } = await received();
		await act(w.clients.agent, complaint.id, 'status', { to: 'waiting' });
		// The requester took 10 calendar days to answer: say the pause began then.
		const since = new Date(Date.now() - 10 * 86400000).toISOString();
		await su.collection('complaints').update(complaint.id, { waiting_since: since });
		const deadlineBefore = iso((await load(complaint.id)).deadline_at);

		const resumedAt = new Date().toISOString();
		await act(w.clients.agent, complaint.id, 'status', { to: 'in_progress' });
		const waited = flow.waitedDays(since, resumedAt, siteA);
		expect(waited).toBeGreaterThan(0);
		const resumed = await load(complaint.id);
		expect(resumed).toMatchObject({ status: 'in_progress', waiting_since: '', paused_days: waited });
		expect(iso(resumed.deadline_at)).toBe(flow.movedDeadline(deadlineBefore, waited, siteA));
		const moved = (await eventsOf(complaint.id)).find((e) => e.type === 'deadline_moved');
		expect(moved?.data).toEqual({
			before: { deadline_at: deadlineBefore },
			after: { deadline_at: iso(resumed.deadline_at), paused_days: waited }
		});
	});

	it('assigns to a colleague of the site, never to an agent of another site', async () => {
		const { complaint } = await received();
		await expect(
			act(w.clients.agent, complaint.id, 'assign', { assignee: w.people.otherAgent.id })
		).rejects.toMatchObject({ status: 400, response: { data: { assignee: { code: 'unknown' } } } });
		const { complaint: assigned } = await act(w.clients.agent, complaint.id, 'assign', {
			assignee: w.people.agent.id
		});
		expect(assigned.assignee).toBe(w.people.agent.id);
		const event = (await eventsOf(complaint.id)).at(-1);
		expect(event).toMatchObject({
			type: 'assigned',
			actor: w.people.agent.id,
			data: { before: { assignee: '' }, after: { assignee: w.people.agent.id } }
		});
		const listed = (await inbox(w.clients.agent, { q: complaint.reference })).items[0];
		expect(listed?.assignee_name).toBe(w.people.agent.name);
	});

	it("keeps internal notes in the trail, not on the requester's tracking page", async () => {
		const { item, complaint } = await received();
		await expect(act(w.clients.agent, complaint.id, 'notes', { text: '   ' })).rejects.toMatchObject({
			status: 400,
			response: { data: { text: { code: 'required' } } }
		});
		await act(w.clients.agent, complaint.id, 'notes', { text: 'Appelé le demandeur, dossier incomplet.' });
		const note = (await eventsOf(complaint.id)).at(-1);
		expect(note).toMatchObject({ type: 'note', data: { text: 'Appelé le demandeur, dossier incomplet.' } });
		const view = await track(w.clients.anonymous, { token: item.data.tracking_token });
		expect(JSON.stringify(view.view)).not.toContain('dossier incomplet');
	});

	it('answers: stored as data with the answer instant and "in time", e-mailed, and shown on the tracking page', async () => {
		const { item, complaint } = await received();
		const text = 'Votre titre de séjour est prêt.\n\nVous pouvez le retirer au guichet 3.';
		const { mail } = await act(w.clients.agent, complaint.id, 'answer', { text });
		expect(mail).toBe('sent');
		const answered = await load(complaint.id);
		expect(answered).toMatchObject({ status: 'answered', answer: text, answered_in_time: true });
		expect(iso(answered.first_response_at)).toBe(iso(answered.answered_at));

		const email = await waitForMail(inject('mailUrl'), {
			to: String(item.data.contact_email),
			subject: new RegExp(`Réponse à votre réclamation ${complaint.reference}`)
		});
		expect(email.text).toContain('Votre titre de séjour est prêt.\n\nVous pouvez le retirer au guichet 3.');
		const tracked = await track(w.clients.anonymous, { token: item.data.tracking_token });
		expect(tracked.view).toMatchObject({ status: 'answered', answer: text });
		expect((await eventsOf(complaint.id)).at(-1)).toMatchObject({ type: 'answered', data: { mail: 'sent' } });

		await act(w.clients.agent, complaint.id, 'status', { to: 'closed' });
		expect((await load(complaint.id)).status).toBe('closed');
	});

	it('records an answer after the deadline as late', async () => {
		const { complaint } = await received();
		await setDeadline(complaint.id, new Date(Date.now() - 3600_000).toISOString());
		await act(w.clients.agent, complaint.id, 'answer', { text: 'Réponse tardive, avec nos excuses.' });
		expect(await load(complaint.id)).toMatchObject({ status: 'answered', answered_in_time: false });
	});
});

describe("an agent of another site can neither list, read nor change site A's items", () => {
	const attempts: [string, (c: PocketBase, id: string) => Promise<unknown>][] = [
		['view it through the record API', (c, id) => c.collection('complaints').getOne(id)],
		['change its status', (c, id) => act(c, id, 'status', { to: 'in_progress' })],
		['assign it', (c, id) => act(c, id, 'assign', { assignee: '' })],
		['add a note', (c, id) => act(c, id, 'notes', { text: 'Regard indiscret' })],
		['answer it', (c, id) => act(c, id, 'answer', { text: 'Réponse venue d’ailleurs.' })],
		['read its trail', (c, id) => c.collection('complaint_events').getFirstListItem(`complaint = "${id}"`)]
	];

	it.each(attempts)('cannot %s: the item does not exist for him (404)', async (_, attempt) => {
		const { complaint } = await received();
		expect(await statusOf(attempt(w.clients.otherAgent, complaint.id))).toBe(404);
		const after = await load(complaint.id);
		expect(after).toMatchObject({ status: 'received', assignee: '', answer: '' });
		expect((await eventsOf(complaint.id)).map((e) => e.type)).toEqual(['received', 'acknowledged']);
	});

	it('does not find it in his inbox, even by its reference; guests and kiosks get no inbox at all', async () => {
		const { complaint } = await received();
		const theirs = await inbox(w.clients.otherAgent, { status: 'all', q: complaint.reference });
		expect(theirs.totalItems).toBe(0);
		expect((await inbox(w.clients.agent, { status: 'all', q: complaint.reference })).totalItems).toBe(1);
		expect(await statusOf(inbox(w.clients.anonymous))).toBe(401);
		expect(await statusOf(inbox(w.clients.kiosk))).toBe(401);
		expect(await statusOf(act(w.clients.anonymous, complaint.id, 'status', { to: 'in_progress' }))).toBe(401);
	});
});

describe('the trail is append-only', () => {
	it.each(['agent', 'referent', 'admin', 'superuser'] as const)(
		'refuses to a %s any update or deletion of an entry',
		async (who) => {
			const { complaint } = await received();
			const [entry] = await eventsOf(complaint.id);
			const client = who === 'superuser' ? su : w.clients[who];
			const update = await statusOf(
				client.collection('complaint_events').update(entry!.id, { type: 'note', data: { text: 'réécrit' } })
			);
			const remove = await statusOf(client.collection('complaint_events').delete(entry!.id));
			expect(update).not.toBe(200);
			expect(remove).not.toBe(200);
			expect(await su.collection('complaint_events').getOne(entry!.id)).toMatchObject({
				type: 'received',
				data: entry!.data
			});
		}
	);

	it('refuses to staff writing entries of their own', async () => {
		const { complaint } = await received();
		const forged = w.clients.agent.collection('complaint_events').create({
			complaint: complaint.id,
			actor: w.people.agent.id,
			type: 'answered',
			data: {}
		});
		expect(await statusOf(forged)).toBe(403);
	});
});

describe('the inbox', () => {
	let mine: World;
	const refs: Record<string, string> = {};

	beforeAll(async () => {
		// A site of its own, so the counts are this test's only.
		mine = await createWorld(su);
		const make = async (name: string, deadline: string, data: Record<string, unknown> = {}) => {
			const item = complaintItem(mine, { contact_name: name, ...data });
			await submit(mine.clients.agent, [item]);
			const stored = await setDeadline(item.id, deadline);
			refs[name] = stored.reference;
		};
		await make('Alice Retard', new Date(Date.now() - 86400000).toISOString());
		await make('Bruno Bientôt', endOfWorkingDayFromToday(2));
		await make('Chloé Large', endOfWorkingDayFromToday(10), { kind: 'information' });
	});

	it('shows the next deadline first, with its badge and the working days left, and the counts', async () => {
		const list = await inbox(mine.clients.agent);
		expect(list.items.map((i) => i.reference)).toEqual([
			refs['Alice Retard'],
			refs['Bruno Bientôt'],
			refs['Chloé Large']
		]);
		expect(list.items.map((i) => i.urgency)).toEqual(['overdue', 'due_soon', 'on_time']);
		expect(list.items[1]?.days_left).toBe(2);
		expect(list.counts).toMatchObject({ received: 3, in_progress: 0, due_soon: 1, overdue: 1 });
		expect(list.items[0]?.site_name).toBe(mine.siteA.name);
	});

	it('filters by kind and status, finds by reference or name, and refuses a malformed filter', async () => {
		expect((await inbox(mine.clients.agent, { kind: 'information' })).items.map((i) => i.reference)).toEqual([
			refs['Chloé Large']
		]);
		expect((await inbox(mine.clients.agent, { q: 'bientôt' })).items.map((i) => i.reference)).toEqual([
			refs['Bruno Bientôt']
		]);
		expect((await inbox(mine.clients.agent, { q: refs['Alice Retard']!.toLowerCase() })).totalItems).toBe(1);
		expect((await inbox(mine.clients.agent, { status: 'answered' })).totalItems).toBe(0);
		await expect(inbox(mine.clients.agent, { status: 'lost' })).rejects.toMatchObject({
			status: 400,
			response: { data: { status: { code: 'invalid' } } }
		});
	});

	it('shows a referent every site, an agent only his own', async () => {
		const referent = await inbox(mine.clients.referent, { q: refs['Alice Retard']! });
		expect(referent.totalItems).toBe(1);
		expect((await inbox(w.clients.agent, { q: refs['Alice Retard']! })).totalItems).toBe(0);
	});

	it('sends each agent his overdue and due-soon items, and the referent a summary per site', async () => {
		// An item assigned to a colleague is the colleague's, not in this agent's digest.
		const colleague = await su.collection('staff').create(mine.make.staff('agent', [mine.siteA.id]));
		const taken = complaintItem(mine, { contact_name: 'Denis Pris' });
		await submit(mine.clients.agent, [taken]);
		const takenRef = (await setDeadline(taken.id, new Date(Date.now() - 86400000).toISOString())).reference;
		await act(mine.clients.agent, taken.id, 'assign', { assignee: colleague.id });

		await su.crons.run('qep-daily-digest');
		const digest = await waitForMail(inject('mailUrl'), {
			to: mine.people.agent.email,
			subject: /^Réclamations :/
		});
		expect(digest.subject).toMatch(/^Réclamations : 1 en retard, 1 à échéance proche/);
		expect(digest.text).toContain(
			`${refs['Alice Retard']} – Réclamation – ${mine.siteA.name} – en retard depuis le`
		);
		expect(digest.text).toContain(
			`${refs['Bruno Bientôt']} – Réclamation – ${mine.siteA.name} – échéance le`
		);
		expect(digest.text).not.toContain(refs['Chloé Large']);
		expect(digest.text).not.toContain(takenRef);
		expect(digest.text).not.toContain('Alice');

		const summary = await waitForMail(inject('mailUrl'), {
			to: mine.people.referent.email,
			subject: /^Synthèse/
		});
		expect(summary.text).toContain(
			`${mine.siteA.name} : 4 à traiter, dont 2 en retard et 1 à échéance proche`
		);
	});
});

describe('paper, letters and phone calls', () => {
	it('an agent transcribes a letter with its receipt date; the deadline counts from that date', async () => {
		const today = wd.receiptDate(new Date().toISOString(), siteA.timeZone);
		const receivedOn = new Date(Date.parse(`${today}T00:00:00Z`) - 20 * 86400000).toISOString().slice(0, 10);
		const item = complaintItem(w, {
			channel: 'letter',
			received_on: receivedOn,
			tracking_token: trackingToken()
		});
		const [result] = await submit(w.clients.agent, [item]);
		expect(result).toMatchObject({ status: 'created' });
		const stored = await load(item.id);
		const receivedAt = (await complaintReceipt()).transcribedAt(receivedOn, siteA.timeZone, Date.now());
		expect(iso(stored.received_at as string)).toBe(receivedAt);
		expect(iso(stored.deadline_at)).toBe(wd.deadline(receivedAt, 15, siteA).dueAt);
		expect(stored.channel).toBe('letter');
	});

	it('an agent of another site may not transcribe for site A', async () => {
		const item = complaintItem(w, { channel: 'phone', received_on: '2026-01-05' });
		const [result] = await submit(w.clients.otherAgent, [item]);
		expect(result).toMatchObject({ status: 'rejected', errors: { site: 'wrong_site' } });
	});
});

/** A request with any body (JSON or not), as a hostile client sends it: its status and answer. */
async function rawPost(client: PocketBase, path: string, body: string) {
	const response = await fetch(`${client.baseURL}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: client.authStore.token },
		body
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('wrong types and broken bodies on the workflow routes (issue 10)', () => {
	it('refuses a note that is not text, with its code, and writes nothing to the trail', async () => {
		const { complaint } = await received();
		for (const text of [['une note'], 42, true, { text: 'une note' }, '\u200b'.repeat(12)]) {
			const refused = rawPost(
				w.clients.agent,
				`/api/qep/complaints/${complaint.id}/notes`,
				JSON.stringify({ text })
			);
			expect(await refused, JSON.stringify(text)).toMatchObject({
				status: 400,
				body: { data: { text: { code: typeof text === 'string' ? 'required' : 'invalid' } } }
			});
		}
		expect((await eventsOf(complaint.id)).map((e) => e.type)).toEqual(['received', 'acknowledged']);
	});

	it('refuses an answer that is an object: nothing stored, the complaint is not answered', async () => {
		const { complaint } = await received();
		await expect(
			act(w.clients.agent, complaint.id, 'answer', { text: { a: 'une réponse assez longue' } })
		).rejects.toMatchObject({ status: 400, response: { data: { text: { code: 'invalid' } } } });
		expect(await load(complaint.id)).toMatchObject({ status: 'received', answer: '' });
	});

	it('refuses a status given as a list, and an assignee given as an object', async () => {
		const { complaint } = await received();
		await expect(act(w.clients.agent, complaint.id, 'status', { to: ['in_progress'] })).rejects.toMatchObject(
			{
				status: 400,
				response: { data: { to: { code: 'invalid' } } }
			}
		);
		await expect(
			act(w.clients.agent, complaint.id, 'assign', { assignee: { id: w.people.agent.id } })
		).rejects.toMatchObject({ status: 400, response: { data: { assignee: { code: 'invalid' } } } });
		expect(await load(complaint.id)).toMatchObject({ status: 'received', assignee: '' });
	});

	it('answers a body that is not a JSON object with a code, on every action', async () => {
		const { complaint } = await received();
		for (const action of ['status', 'assign', 'notes', 'answer'])
			for (const body of ['not json', '[1,2]', 'null', '"text"'])
				expect(
					await rawPost(w.clients.agent, `/api/qep/complaints/${complaint.id}/${action}`, body),
					`${action} ${body}`
				).toMatchObject({ status: 400, body: { data: { body: { code: 'invalid' } } } });
		expect((await eventsOf(complaint.id)).map((e) => e.type)).toEqual(['received', 'acknowledged']);
	});

	it('refuses an inbox period with a day that does not exist', async () => {
		await expect(inbox(w.clients.agent, { from: '2026-02-30' })).rejects.toMatchObject({
			status: 400,
			response: { data: { from: { code: 'invalid' } } }
		});
	});
});
