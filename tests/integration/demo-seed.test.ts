// What `npm start` promises on an empty database: a demo prefecture, working printed accounts, and
// nothing private readable anonymously.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../scripts/lib/pocketbase.js';
import { startTestServer, SUPERUSER, type TestServer } from '../support/server.js';
import { superClient } from '../support/world';

describe('demo prefecture', () => {
	let server: TestServer;
	let su: PocketBase;
	beforeAll(async () => {
		server = await startTestServer({ seedDemo: true });
		su = await superClient(server.url, SUPERUSER);
	});
	afterAll(() => server?.stop());

	const anonymous = () => {
		const pb = new PocketBase(server.url);
		pb.autoCancellation(false);
		return pb;
	};

	it('has two sites in different zones, an active questionnaire and months of answers', async () => {
		const sites = await anonymous().collection('sites').getFullList();
		expect(new Set(sites.map((s) => s.zone)).size).toBe(2);
		const questionnaires = await anonymous()
			.collection('questionnaires')
			.getFullList({ filter: 'status = "active"' });
		expect(questionnaires).toHaveLength(1);
		const responses = await su.collection('survey_responses').getList(1, 1, { sort: 'day' });
		expect(responses.totalItems).toBeGreaterThan(500);
		const answers = await su.collection('survey_answers').getList(1, 1);
		expect(answers.totalItems).toBe(responses.totalItems * 5);
		const counts = await su.collection('answer_counts').getFullList({ fields: 'n' });
		expect(counts.reduce((sum, c) => sum + (c.n as number), 0)).toBe(answers.totalItems);
		const complaints = await su
			.collection('complaints')
			.getList(1, 1, { filter: 'reference != "" && deadline_at != ""' });
		expect(complaints.totalItems).toBeGreaterThan(10);
	});

	it('lets every printed staff account sign in with the password generated for it', async () => {
		expect(server.accounts.map((a) => a.role).sort()).toEqual(['admin', 'agent', 'agent', 'referent']);
		for (const account of server.accounts) {
			const auth = await anonymous().collection('staff').authWithPassword(account.email, account.password);
			expect(auth.record.email).toBe(account.email);
		}
	});

	it('shows no complaint, staff member or survey response to an anonymous visitor', async () => {
		for (const collection of ['complaints', 'staff', 'survey_responses', 'survey_answers', 'suggestions']) {
			const page = await anonymous().collection(collection).getList(1, 1);
			expect(page.totalItems, collection).toBe(0);
		}
	});

	it('does not seed twice', async () => {
		expect(await prepareData(server.dataDir, { seedDemo: true })).toEqual({ seeded: false });
	});
});
