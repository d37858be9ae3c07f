// Acknowledgements depend on a configured SMTP relay: the back office can ask whether there is one, and a
// server without one, or whose relay is down, still takes complaints and says so in the receipt, never
// trying another way to mail.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { statusOf } from '../support/http';
import { complaintItem, submit, type Receipt } from '../support/complaints';
import { SUPERUSER, startTestServer } from '../support/server.js';
import { freePort } from '../../scripts/lib/pocketbase.js';
import { createWorld, superClient, type World } from '../support/world';

const mailStatus = (client: World['su']) => client.send<{ configured: boolean }>('/api/qep/mail-status', {});

describe('mail status on the server that mails to the sink', () => {
	let w: World;
	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
	});

	it('tells staff that mail is configured', async () => {
		expect(await mailStatus(w.clients.agent)).toEqual({ configured: true });
	});

	it('answers 401 to guests and kiosks', async () => {
		expect(await statusOf(mailStatus(w.clients.anonymous))).toBe(401);
		expect(await statusOf(mailStatus(w.clients.kiosk))).toBe(401);
	});
});

describe('a server without SMTP', () => {
	it('says mail is not configured, and takes a complaint with ack "not_configured"', async () => {
		const server = await startTestServer();
		try {
			const w = await createWorld(await superClient(server.url, SUPERUSER));
			expect(await mailStatus(w.clients.referent)).toEqual({ configured: false });
			const item = complaintItem(w);
			const [result] = await submit(w.clients.anonymous, [item]);
			expect(result).toMatchObject({ status: 'created', receipt: { ack: 'not_configured' } });
			const complaint = await w.su.collection('complaints').getOne(item.id);
			expect(complaint.ack_status).toBe('not_configured');
			const trail = await w.su
				.collection('complaint_events')
				.getFullList({ filter: `complaint = "${item.id}"`, sort: 'created' });
			expect(trail.map((e) => [e.type, e.data])).toEqual([
				[
					'received',
					expect.objectContaining({ reference: (result as { receipt: Receipt }).receipt.reference })
				],
				['acknowledged', { ack: 'not_configured' }]
			]);
		} finally {
			await server.stop();
		}
	});
});

describe('a server whose relay is down', () => {
	it('keeps the complaint and says the acknowledgement failed', async () => {
		// A relay address where nothing listens.
		const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(await freePort()) };
		const server = await startTestServer({ env });
		try {
			const w = await createWorld(await superClient(server.url, SUPERUSER));
			const item = complaintItem(w);
			const [result] = await submit(w.clients.agent, [item]);
			expect(result).toMatchObject({ status: 'created', receipt: { ack: 'failed' } });
			const complaint = await w.su.collection('complaints').getOne(item.id);
			expect(complaint).toMatchObject({ status: 'received', ack_status: 'failed' });
			const [, acknowledged] = await w.su
				.collection('complaint_events')
				.getFullList({ filter: `complaint = "${item.id}"`, sort: 'created' });
			expect(acknowledged).toMatchObject({ type: 'acknowledged', data: { ack: 'failed' } });
		} finally {
			await server.stop();
		}
	});
});
