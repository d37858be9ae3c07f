// Upgrades keep data: each kept release's database (tests/fixtures/release-<version>, made by
// scripts/release-fixture.js from that release's own migrations and demo) goes through every migration
// added since, then reads as that release's server read it: row counts, every complaint's dates, deadline
// and status, the whole trail, the staff and the board's figures.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, paths, runCommand, startPocketBase } from '../../scripts/lib/pocketbase.js';
import { SUPERUSER } from '../support/server.js';
import { superClient } from '../support/world';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const releases = readdirSync(FIXTURES).filter((name) => name.startsWith('release-'));

type Expected = {
	release: { version: string; commit: string; demoToday: string; sha256: string };
	migrations: string[];
	counts: Record<string, number>;
	board: { staff: string; from: string; to: string; total: unknown; inboxTotal: number };
	answerCountsTotal: number;
	staff: Record<string, unknown>[];
	complaints: Record<string, unknown>[];
	trail: Record<string, unknown>[];
};

/** The fields of `record` that the release recorded: fields added since are the new release's business. */
const like = (expected: Record<string, unknown>[], records: RecordModel[]) =>
	records.map((record, i) => Object.fromEntries(Object.keys(expected[i] ?? {}).map((k) => [k, record[k]])));

it('has a database of the previous release to upgrade', () => {
	expect(releases).toContain('release-0.1.0');
});

describe.each(releases)('upgrading from %s', (release) => {
	const fixture = path.join(FIXTURES, release);
	let expected: Expected;
	let dataDir: string;
	let db: Buffer;
	let firstRun: string;
	let secondRun: string;
	let stop: (() => Promise<unknown>) | undefined;
	let su: PocketBase;

	beforeAll(async () => {
		expected = JSON.parse(await readFile(path.join(fixture, 'expected.json'), 'utf8'));
		dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-upgrade-'));
		db = gunzipSync(await readFile(path.join(fixture, 'data.db.gz')));
		await writeFile(path.join(dataDir, 'data.db'), db);
		// This tree's migrations, as `npm start` applies them to an operator's database.
		firstRun = await runCommand(dataDir, ['migrate', 'up']);
		secondRun = await runCommand(dataDir, ['migrate', 'up']);
		await runCommand(dataDir, ['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
		const port = await freePort();
		const server = await startPocketBase({
			dataDir,
			port,
			publicDir: path.join(dataDir, 'public'),
			env: { APP_URL: `http://127.0.0.1:${port}` }
		});
		stop = server.stop;
		// Superusers are not rate-limited: the fixture keeps the release's limits switched on.
		su = await superClient(server.url, SUPERUSER);
	});
	afterAll(async () => {
		await stop?.();
		if (dataDir) await rm(dataDir, { recursive: true, force: true });
	});

	it('starts from the database the expectations were read from', () => {
		expect(createHash('sha256').update(db).digest('hex')).toBe(expected.release.sha256);
	});

	it("applies every migration added since the release, in order, once, and keeps the release's own", async () => {
		const files = (await readdir(paths.migrations)).filter((f) => f.endsWith('.js')).sort();
		// An applied migration is never renamed nor removed: databases out there have run it.
		expect(files).toEqual(expect.arrayContaining(expected.migrations));
		const added = files.filter((f) => !expected.migrations.includes(f));
		expect(
			added.every((f) => f > expected.migrations.at(-1)!),
			'new migrations come after the release'
		).toBe(true);
		const applied = [...firstRun.matchAll(/^Applied (\S+)$/gm)].map((m) => m[1]);
		expect(applied).toEqual(added);
		expect(secondRun).toContain('No new migrations to apply');
	});

	it('keeps every row of every collection the release had', async () => {
		const counts: Record<string, number> = {};
		for (const name of Object.keys(expected.counts))
			counts[name] = (await su.collection(name).getList(1, 1)).totalItems;
		expect(counts).toEqual(expected.counts);
	});

	it('gives each questionnaire the languages its title and every question are written in', async () => {
		for (const questionnaire of await su.collection('questionnaires').getFullList()) {
			const questions = await su
				.collection('questions')
				.getFullList({ filter: su.filter('questionnaire = {:q}', { q: questionnaire.id }) });
			const texts = [questionnaire.title, ...questions.map((question) => question.label)] as Record<
				string,
				string
			>[];
			const written = Object.keys(questionnaire.title).filter((language) =>
				texts.every((text) => (text[language] ?? '').trim() !== '')
			);
			expect([...questionnaire.languages].sort()).toEqual(written.sort());
		}
	});

	it("keeps each complaint's receipt, deadline, status and answer", async () => {
		const complaints = await su.collection('complaints').getFullList({ sort: 'id' });
		expect(like(expected.complaints, complaints)).toEqual(expected.complaints);
	});

	it('keeps the trail as it was written, event by event', async () => {
		const trail = await su.collection('complaint_events').getFullList({ sort: 'created,id' });
		expect(like(expected.trail, trail)).toEqual(expected.trail);
	});

	it('keeps the staff accounts, their roles and their sites', async () => {
		const staff = await su.collection('staff').getFullList({ sort: 'email' });
		expect(like(expected.staff, staff)).toEqual(expected.staff);
	});

	it("gives the referent the release's board figures and inbox from the upgraded data", async () => {
		const answerCounts = await su.collection('answer_counts').getFullList({ fields: 'n' });
		expect(answerCounts.reduce((sum, c) => sum + (c.n as number), 0)).toBe(expected.answerCountsTotal);
		const { staff, from, to, total, inboxTotal } = expected.board;
		const referent = await su.collection('staff').impersonate(staff, 600);
		referent.autoCancellation(false);
		const figures = await referent.send('/api/qep/indicators', { query: { from, to } });
		expect(figures.total).toEqual(total);
		const inbox = await referent.send('/api/qep/inbox', { query: { status: 'all' } });
		expect(inbox.totalItems).toBe(inboxTotal);
	});
});
