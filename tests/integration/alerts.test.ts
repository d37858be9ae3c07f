// Threshold alerts against a real PocketBase (issue 18): answers fed day by day through the ingest, the
// detection run on demand (POST /api/qep/alerts/check; the cron may run it too, so every assertion reads the
// stored alerts, never the check's answer), e-mails counted in the SMTP sink, and the alert's life cycle
// through its routes. The server is shared: each test watches its own world's site and reception point.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayIn } from '../../src/lib/domain/day';
import { shiftDay } from '../../src/lib/domain/receipt-date';
import { waitForMail } from '../support/smtp-sink.js';
import { ingest, surveyItem } from '../support/surveys';
import { createWorld, superClient, type World } from '../support/world';

type Mail = { to: string[]; subject: string; text: string };
const mailUrl = inject('mailUrl');
const mails = async () => (await (await fetch(`${mailUrl}/messages`)).json()) as Mail[];

let su: PocketBase;

/** The site's today, as the detection reads it (the world's sites are in Europe/Paris). */
const today = () => dayIn('Europe/Paris');

type Day = [day: string, satisfied: number, unsatisfied: number];

/**
 * Ingests, at the world's reception point, each day's satisfied and dissatisfied answers: in one request, so
 * the detection (the cron may run at any time) sees all of them or none.
 */
async function feed(w: World, days: Day[]) {
	const items = days.flatMap(([day, satisfied, unsatisfied]) =>
		[...Array<string>(satisfied).fill('satisfied'), ...Array<string>(unsatisfied).fill('dissatisfied')].map(
			(value) =>
				surveyItem(w, {
					channel: 'paper',
					reception_point: w.pointA.id,
					day,
					answers: [{ question: w.question.id, value }]
				})
		)
	);
	expect(items.length).toBeLessThanOrEqual(500);
	const results = await ingest(w.clients.agent, items);
	expect(results.every((r) => r.status === 'created')).toBe(true);
}

/** The same answers on each of the `count` days up to `last` (today by default). */
const days = (count: number, satisfied: number, unsatisfied: number, last = today()): Day[] =>
	Array.from({ length: count }, (_, k) => [shiftDay(last, k + 1 - count), satisfied, unsatisfied]);

const check = (client: PocketBase) => client.send('/api/qep/alerts/check', { method: 'POST' });

/** The world's reception point's alerts of that kind, oldest first. */
const pointAlerts = (w: World, kind: string) =>
	su.collection('alerts').getFullList({
		filter: su.filter('scope = "point" && reception_point = {:point} && kind = {:kind}', {
			point: w.pointA.id,
			kind
		}),
		sort: 'created'
	});

const trail = (alert: RecordModel) =>
	su
		.collection('alert_events')
		.getFullList({ filter: su.filter('alert = {:id}', { id: alert.id }), sort: 'created' });

/** The alert e-mails about the world's reception point that reached `address`. */
const alertMailsTo = async (w: World, address: string) =>
	(await mails()).filter(
		(m) => m.to.includes(address.toLowerCase()) && m.subject.includes(`Accueil général – ${w.siteA.name}`)
	);

async function refusal(call: Promise<unknown>) {
	try {
		await call;
		return { status: 200 };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) throw error;
		const data = (error.response as { data?: Record<string, { code: string }> }).data ?? {};
		return {
			status: error.status,
			codes: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.code]))
		};
	}
}

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
});

describe('a lasting alert', () => {
	let w: World;
	beforeAll(async () => {
		w = await createWorld(su);
	});

	it('opens only on a clear fall, once, with one e-mail; stays while the figures hover; closes when clearly back', async () => {
		// 9 answers, all unhappy: under the minimum sample (10), nothing opens.
		await feed(w, [[shiftDay(today(), -13), 0, 9]]);
		await check(w.clients.referent);
		expect(await pointAlerts(w, 'lasting')).toEqual([]);

		// And 14 days of 60 % (3 of 5): 42 of 79 answers with an opinion, 95 % interval ≈ 42–64 %.
		await feed(w, days(14, 3, 2));
		await check(w.clients.referent);
		const [alert, ...more] = await pointAlerts(w, 'lasting');
		expect(more).toEqual([]);
		expect(alert).toMatchObject({
			status: 'open',
			site: w.siteA.id,
			opened_on: today(),
			figures: { satisfied: 42, n: 79, from: shiftDay(today(), -13), to: today() }
		});
		expect(alert!.figures.high).toBeLessThan(0.75);
		expect((await trail(alert!)).map((e) => e.type)).toEqual(['opened']);
		await expect.poll(() => alertMailsTo(w, w.people.referent.email)).toHaveLength(1);
		const [mail] = await alertMailsTo(w, w.people.referent.email);
		expect(mail!.subject).toBe(
			`Qual-e-pref : satisfaction sous le seuil – Accueil général – ${w.siteA.name}`
		);
		expect(mail!.text).toContain('53,2 % de satisfaits sur 79 avis exprimés');

		// Checked again: the same alert, no second e-mail.
		await check(w.clients.referent);
		expect((await pointAlerts(w, 'lasting')).map((a) => a.id)).toEqual([alert!.id]);
		expect(await alertMailsTo(w, w.people.referent.email)).toHaveLength(1);
		expect((await su.collection('alerts').getOne(alert!.id)).mailed_at).not.toBe('');

		// Back above 75 % but not clearly (122 of 159 = 77 %, interval ≈ 70–83 %): it stays open.
		await feed(w, [[today(), 80, 0]]);
		await check(w.clients.referent);
		expect((await su.collection('alerts').getOne(alert!.id)).status).toBe('open');

		// Clearly above (322 of 359 = 90 %, interval ≈ 86–92 %): the data closes it.
		await feed(w, [[today(), 200, 0]]);
		await check(w.clients.referent);
		const closed = await su.collection('alerts').getOne(alert!.id);
		expect(closed).toMatchObject({ status: 'closed', closed_by: '' });
		expect(closed.closed_at).not.toBe('');
		const events = await trail(alert!);
		expect(events.map((e) => e.type)).toEqual(['opened', 'closed']);
		expect(events[1]!.data).toMatchObject({ by: 'data', figures: { satisfied: 322, n: 359 } });
		expect(await alertMailsTo(w, w.people.referent.email)).toHaveLength(1);
	});
});

describe('a sudden alert', () => {
	let w: World;
	beforeAll(async () => {
		w = await createWorld(su);
	});

	it("opens on a day clearly worse than the place's usual, e-mailing the site's agents when the policy says so", async () => {
		const policy = await su.collection('policies').getFirstListItem('');
		// Set before the answers come: the cron may run the detection as soon as they are stored.
		await su.collection('policies').update(policy.id, { alert_notify_agents: true });
		try {
			// 28 usual days at 80 % (8 of 10), then today at 50 %: the 14-day window stays near the threshold
			// (119 of 160, interval ≈ 67–80 %), but today is clearly under the usual (interval ≈ 75–84 %).
			await feed(w, [...days(28, 8, 2, shiftDay(today(), -1)), [today(), 15, 15]]);
			await check(w.clients.referent);
			await expect.poll(() => alertMailsTo(w, w.people.agent.email)).toHaveLength(1);
		} finally {
			await su.collection('policies').update(policy.id, { alert_notify_agents: false });
		}
		expect(await pointAlerts(w, 'lasting')).toEqual([]);
		const [alert, ...more] = await pointAlerts(w, 'sudden');
		expect(more).toEqual([]);
		expect(alert).toMatchObject({
			status: 'open',
			opened_on: today(),
			figures: { satisfied: 15, n: 30, usual: { satisfied: 224, n: 280 } }
		});
		expect(await alertMailsTo(w, w.people.referent.email)).toHaveLength(1);
		expect(await alertMailsTo(w, w.people.otherAgent.email)).toEqual([]);
		const [mail] = await alertMailsTo(w, w.people.agent.email);
		expect(mail!.subject).toContain('journée nettement moins satisfaisante');
	});
});

describe("the referents' weekly summary", () => {
	it('lists every live alert, with its state', async () => {
		const w = await createWorld(su);
		await feed(w, days(14, 1, 1));
		await check(w.clients.referent);
		await su.send('/api/crons/qep-alerts-weekly', { method: 'POST' });
		const mail = await waitForMail(mailUrl, {
			to: w.people.referent.email,
			subject: /^Qual-e-pref : alertes de satisfaction, \d+ en cours – semaine du /
		});
		expect(mail.text).toContain(`Accueil général – ${w.siteA.name} – sous le seuil depuis le `);
		expect(mail.text).toMatch(/Cette semaine : \d+ alertes? ouvertes?/);
	});
});

describe("an alert's life cycle", () => {
	let w: World;
	let alert: RecordModel;
	const post = (client: PocketBase, step: string, body: unknown, id = alert.id) =>
		client.send(`/api/qep/alerts/${id}/${step}`, { method: 'POST', body });

	beforeAll(async () => {
		w = await createWorld(su);
		await feed(w, days(14, 1, 1));
		await check(w.clients.referent);
		[alert] = (await pointAlerts(w, 'lasting')) as [RecordModel];
	});

	it('is run on demand by the referents and administrators only', async () => {
		for (const [role, status] of [
			['anonymous', 401],
			['kiosk', 401],
			['agent', 403]
		] as const)
			expect((await refusal(check(w.clients[role]))).status, role).toBe(status);
		await check(w.clients.admin);
	});

	it("is acknowledged by the site's staff, with a comment; not by others, not twice", async () => {
		expect(await refusal(post(w.clients.otherAgent, 'acknowledge', {}))).toMatchObject({ status: 404 });
		expect(await refusal(post(w.clients.anonymous, 'acknowledge', {}))).toMatchObject({ status: 401 });
		expect(await refusal(post(w.clients.agent, 'acknowledge', 'vu'))).toEqual({
			status: 400,
			codes: { body: 'invalid' }
		});
		expect(
			await refusal(post(w.clients.agent, 'acknowledge', { comment: 'a\u0000b', status: 'closed' }))
		).toEqual({
			status: 400,
			codes: { comment: 'invalid', status: 'unknown' }
		});
		expect((await su.collection('alerts').getOne(alert.id)).status).toBe('open');

		const acknowledged = await post(w.clients.agent, 'acknowledge', { comment: '  Affluence du lundi.  ' });
		expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledged_by: w.people.agent.id });
		expect(await refusal(post(w.clients.referent, 'acknowledge', {}))).toEqual({
			status: 400,
			codes: { status: 'acknowledged' }
		});
		const events = await trail(alert);
		expect(events.map((e) => [e.type, e.actor, e.data])).toEqual([
			['opened', '', expect.anything()],
			['acknowledged', w.people.agent.id, { comment: 'Affluence du lundi.' }]
		]);
	});

	it('makes one action of the plan with its figures, for the referent only', async () => {
		expect(await refusal(post(w.clients.agent, 'action', {}))).toMatchObject({ status: 403 });
		expect(await refusal(post(w.clients.referent, 'action', { due_date: '2026-02-30' }))).toEqual({
			status: 400,
			codes: { due_date: 'invalid' }
		});
		const made = await post(w.clients.referent, 'action', { due_date: shiftDay(today(), 30) });
		const action = await su.collection('action_items').getOne(made.action as string);
		expect(action).toMatchObject({
			title: `Satisfaction sous le seuil – Accueil général – ${w.siteA.name}`,
			status: 'open',
			site: w.siteA.id,
			reception_point: w.pointA.id,
			due_date: `${shiftDay(today(), 30)} 00:00:00.000Z`,
			trigger: { from: shiftDay(today(), -13), to: today(), by: 'point', key: w.pointA.id, n: 28, rate: 0.5 }
		});
		expect((await su.collection('alerts').getOne(alert.id)).action).toBe(action.id);
		expect(await refusal(post(w.clients.referent, 'action', {}))).toEqual({
			status: 400,
			codes: { action: 'exists' }
		});
	});

	it('is closed by the referent with a reason, then no longer changes', async () => {
		expect(await refusal(post(w.clients.agent, 'close', { reason: 'Réglé' }))).toMatchObject({ status: 403 });
		expect(await refusal(post(w.clients.referent, 'close', {}))).toEqual({
			status: 400,
			codes: { reason: 'required' }
		});
		expect(await refusal(post(w.clients.referent, 'close', { reason: 'ok' }))).toEqual({
			status: 400,
			codes: { reason: 'too_short' }
		});
		const closed = await post(w.clients.referent, 'close', { reason: 'Guichet renforcé le lundi.' });
		expect(closed).toMatchObject({
			status: 'closed',
			closed_by: w.people.referent.id,
			close_reason: 'Guichet renforcé le lundi.'
		});
		expect(await refusal(post(w.clients.referent, 'close', { reason: 'Encore' }))).toEqual({
			status: 400,
			codes: { status: 'closed' }
		});
		expect(await refusal(post(w.clients.referent, 'acknowledge', {}))).toEqual({
			status: 400,
			codes: { status: 'closed' }
		});
		expect((await trail(alert)).map((e) => e.type)).toEqual(['opened', 'acknowledged', 'action', 'closed']);
		// The answers that opened it have not changed: closed with a reason, it does not come back.
		await check(w.clients.referent);
		expect((await pointAlerts(w, 'lasting')).map((a) => a.id)).toEqual([alert.id]);
		expect(
			await refusal(post(w.clients.referent, 'close', { reason: 'Réglé' }, 'nosuchalert0000'))
		).toMatchObject({
			status: 404
		});
	});
});
