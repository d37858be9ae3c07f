// Health an operator can watch: GET /api/qep/status for administrators or a monitoring token (version,
// migrations, backups, mail relay, kiosks, overdue complaints, open alerts), and the watch that e-mails the
// administrators once per problem, not once per check. Its own server and SMTP sink: it stops the sink.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../scripts/lib/pocketbase.js';
import { complaintItem, submit } from '../support/complaints';
import { statusOf } from '../support/http';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { createWorld, superClient, unique, type World } from '../support/world';

const TOKEN = 'status-token-for-the-monitoring-0123456789';
type Status = {
	version: string;
	mode: string;
	healthy: boolean;
	migrations: { applied: number; last: string; pending: string[] };
	backups: { schedule: string; last: unknown };
	mail: { state: string; lastError?: string };
	kiosks: {
		active: number;
		pending: number;
		lagMinutes: number;
		silent: { id: string; silentDays: number }[];
	};
	complaints: { overdue: number };
	alerts: { key: string; subject: string }[];
};
type Check = { raised: string[]; cleared: string[]; status: Status };

describe('operations status and alerts', () => {
	let server: TestServer;
	let sink: Awaited<ReturnType<typeof startSmtpSink>>;
	let w: World;
	const status = (client: PocketBase) => client.send<Status>('/api/qep/status', {});
	const check = (client: PocketBase) => client.send<Check>('/api/qep/status/check', { method: 'POST' });
	const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace('T', ' ');

	beforeAll(async () => {
		sink = await startSmtpSink();
		server = await startTestServer({ env: { ...sink.env, QEP_STATUS_TOKEN: TOKEN } });
		w = await createWorld(await superClient(server.url, SUPERUSER));
	});
	afterAll(async () => {
		await server?.stop();
		await sink?.stop();
	});

	it('is for administrators, and for a monitoring system holding the token (reading only)', async () => {
		expect(await statusOf(status(w.clients.anonymous))).toBe(401);
		for (const role of ['kiosk', 'agent', 'referent'] as const)
			expect(await statusOf(status(w.clients[role])), role).toBe(403);
		expect(await statusOf(check(w.clients.referent))).toBe(403);
		expect(await statusOf(status(w.clients.admin))).toBe(200);

		const read = (token: string) =>
			fetch(`${server.url}/api/qep/status`, { headers: { 'X-Status-Token': token } });
		expect((await read(TOKEN)).status).toBe(200);
		expect((await read(`${TOKEN}x`)).status).toBe(401);
		expect((await read('')).status).toBe(401);
		const checkWithToken = await fetch(`${server.url}/api/qep/status/check`, {
			method: 'POST',
			headers: { 'X-Status-Token': TOKEN }
		});
		expect(checkWithToken.status).toBe(401);
	});

	it('tells the version, the migrations applied and none pending, and that no backup ran yet', async () => {
		const s = await status(w.clients.admin);
		const pkg = JSON.parse(await readFile(path.join(paths.root, 'package.json'), 'utf8'));
		const files = (await readdir(paths.migrations)).filter((f) => f.endsWith('.js')).sort();
		expect(s.version).toBe(pkg.version);
		expect(s.mode).toBe('demo');
		expect(s.migrations).toEqual({ applied: files.length, last: files.at(-1), pending: [] });
		expect(s.backups.last).toBeNull();
	});

	it('counts overdue complaints (open, past their deadline), not paused or answered ones', async () => {
		const before = (await status(w.clients.admin)).complaints.overdue;
		const make = (status: string) =>
			w.su.collection('complaints').create({ ...w.make.complaint('web'), status, deadline_at: daysAgo(2) });
		await make('received');
		await make('in_progress');
		await make('waiting');
		await make('answered');
		expect((await status(w.clients.admin)).complaints.overdue).toBe(before + 2);
	});

	it('e-mails the administrators once about a kiosk silent for whole working days, and clears it when it is back', async () => {
		const kiosk = await w.su.collection('kiosks').create({
			...w.make.kiosk(),
			name: unique('Borne du hall'),
			last_seen_at: daysAgo(10),
			health: {
				pending: 4,
				lastSyncAt: daysAgo(10).replace(' ', 'T'),
				persisted: true,
				appVersion: '0.1.0'
			}
		});
		const s = await status(w.clients.admin);
		expect(s.healthy).toBe(false);
		expect(s.kiosks.silent.find((k) => k.id === kiosk.id)?.silentDays).toBeGreaterThanOrEqual(5);
		expect(s.kiosks.pending).toBeGreaterThanOrEqual(4);
		expect(s.kiosks.lagMinutes).toBeGreaterThanOrEqual(10 * 24 * 60 - 1);

		const first = await check(w.clients.admin);
		expect(first.raised).toContain(`kiosk:${kiosk.id}`);
		const admin = w.people.admin.email as string;
		const toAdmin = () =>
			sink.messages().filter((m) => m.to.includes(admin) && m.subject.includes(kiosk.name as string));
		await expect.poll(() => toAdmin().length).toBe(1);
		expect(toAdmin()[0]?.subject).toBe(
			`Qual-e-pref : la borne « ${kiosk.name} » (${w.siteA.name}) ne donne plus de nouvelles`
		);
		expect(first.status.alerts.map((a) => a.key)).toContain(`kiosk:${kiosk.id}`);

		// The site's staff see it among their alerts (threshold alerts' life cycle); others do not.
		const kioskAlerts = (client: PocketBase) =>
			client.collection('alerts').getFullList({ filter: client.filter('kiosk = {:k}', { k: kiosk.id }) });
		const [alert, ...more] = await kioskAlerts(w.clients.agent);
		expect(more).toEqual([]);
		expect(alert).toMatchObject({ kind: 'silent', scope: 'kiosk', site: w.siteA.id, status: 'open' });
		expect(await kioskAlerts(w.clients.otherAgent)).toEqual([]);

		// Checked again (the watch runs every 10 minutes): still raised, no second e-mail, the same alert.
		const second = await check(w.clients.admin);
		expect(second.raised).toEqual([]);
		expect(toAdmin()).toHaveLength(1);
		expect((await kioskAlerts(w.clients.agent)).map((a) => a.id)).toEqual([alert!.id]);

		await w.su.collection('kiosks').update(kiosk.id, { last_seen_at: new Date().toISOString() });
		const back = await check(w.clients.admin);
		expect(back.cleared).toContain(`kiosk:${kiosk.id}`);
		expect(back.status.alerts.map((a) => a.key)).not.toContain(`kiosk:${kiosk.id}`);
		expect(await w.su.collection('alerts').getOne(alert!.id)).toMatchObject({
			status: 'closed',
			closed_by: ''
		});
	});

	it('shows the mail relay failing, with its error, from the first e-mail it could not send', async () => {
		const delivered = complaintItem(w);
		await submit(w.clients.anonymous, [delivered]);
		await expect
			.poll(() => sink.messages().some((m) => m.to.includes(delivered.data.contact_email as string)))
			.toBe(true);
		expect((await status(w.clients.admin)).mail.state).toBe('ok');
		await sink.stop();
		const [result] = await submit(w.clients.anonymous, [complaintItem(w)]);
		expect(result).toMatchObject({ status: 'created' });
		const s = await status(w.clients.admin);
		expect(s.mail.state).toBe('failing');
		expect(s.mail.lastError).toMatch(/connect|refused|dial/i);
		expect(s.healthy).toBe(false);
	});
});
