// `npm run bench:indicators`: the referent's board on a year of one prefecture with 1,000,000 survey
// responses in a real PocketBase, against the naive way (fetching the answers through the list API and
// counting in JavaScript), measured in the same run. Prints its figures; the last line is one JSON
// object. Not a test: nothing here passes or fails.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PocketBase from 'pocketbase';
import { freePort, prepareData, runCommand, startPocketBase } from '../scripts/lib/pocketbase.js';
import { SUPERUSER } from '../tests/support/server.js';
import { fillResponses } from './responses.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const ALERT_RUNS = Number(process.env.BENCH_ALERT_RUNS ?? 11);
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const TODAY = dayOf(Date.now());
const FROM = dayOf(Date.now() - 364 * 86400000);
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-bench-'));
let pb;
try {
	let start = performance.now();
	const { accounts = [] } = await prepareData(dataDir, { seedDemo: true });
	// The bench's own migration fills the database: SQLite makes the rows (see bench/fill/).
	await fillResponses(dataDir, RESPONSES, TODAY);
	console.log(`filled ${RESPONSES} responses (× 5 answers) in ${seconds(start)} s`);

	await runCommand(dataDir, ['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
	pb = await startPocketBase({ dataDir, port: await freePort(), publicDir: path.join(dataDir, 'public') });
	// The general limit (300 requests per 10 s) would throttle the naive run, not measure it.
	const su = new PocketBase(pb.url);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	await su.settings.update({ rateLimits: { enabled: false } });
	const referent = accounts.find((a) => a.role === 'referent');
	if (!referent) throw new Error('the demo has no referent');
	const client = new PocketBase(pb.url);
	client.autoCancellation(false);
	await client.collection('staff').authWithPassword(referent.email, referent.password);

	// The board: one year of the whole prefecture, by engagement, with the year before for comparison.
	const query = { from: FROM, to: TODAY, by: 'engagement' };
	const board = () => client.send('/api/qep/indicators', { query });
	for (let i = 0; i < 3; i++) await board();
	const times = [];
	let result;
	for (let i = 0; i < RUNS; i++) {
		start = performance.now();
		result = await board();
		times.push(performance.now() - start);
	}
	const boardTotal = Object.values(result.total.counts).reduce((a, b) => a + b, 0);
	console.log(
		`board route: median ${median(times).toFixed(1)} ms over ${RUNS} runs; ${boardTotal} answers counted`
	);

	// Naive: every answer of the year through the list API, page after page (by id, so each page is one
	// index seek rather than an ever longer OFFSET), counted in JavaScript.
	start = performance.now();
	const counts = {};
	let fetched = 0;
	for (let last = ''; ;) {
		const list = await client.collection('survey_answers').getList(1, 1000, {
			filter: client.filter('day >= {:from} && day <= {:to} && id > {:last}', {
				from: FROM,
				to: TODAY,
				last
			}),
			sort: 'id',
			fields: 'id,engagement,value',
			skipTotal: true
		});
		for (const a of list.items) {
			const cell = (counts[a.engagement] ??= {});
			cell[a.value] = (cell[a.value] ?? 0) + 1;
		}
		fetched += list.items.length;
		if (list.items.length < 1000) break;
		last = list.items.at(-1).id;
	}
	const naiveMs = performance.now() - start;
	console.log(
		`naive (list API, ${fetched} answers, counted in JavaScript): ${(naiveMs / 1000).toFixed(1)} s`
	);
	if (fetched !== boardTotal)
		console.log(`WARNING: the naive count (${fetched}) differs from the board's (${boardTotal})`);

	// The threshold alerts' detection (issue 18) over the same year: the cron's run, timed through the route.
	// The first run opens what the data calls for; the runs measured then decide and write nothing new. Over
	// the policy's window of days (the last 14), then over a window of answers (which reads up to a year).
	const check = () => client.send('/api/qep/alerts/check', { method: 'POST' });
	const timeChecks = async () => {
		const first = await check();
		const checks = [];
		for (let i = 0; i < ALERT_RUNS; i++) {
			start = performance.now();
			await check();
			checks.push(performance.now() - start);
		}
		return { opened: first.opened.length, medianMs: median(checks) };
	};
	const policy = await su.collection('policies').getFirstListItem('');
	const days = await timeChecks();
	await su.collection('policies').update(policy.id, { alert_window: 'answers', alert_window_size: 60 });
	const answers = await timeChecks();
	for (const [label, run] of [
		[`last ${policy.alert_window_size} days`, days],
		['last 60 answers (up to a year read)', answers]
	])
		console.log(
			`alert detection (${label}): median ${run.medianMs.toFixed(1)} ms over ${ALERT_RUNS} runs; ${run.opened} alerts opened by its first run`
		);

	const medianMs = median(times);
	console.log(
		JSON.stringify({
			responses: RESPONSES,
			answers: boardTotal,
			median_ms: Number(medianMs.toFixed(1)),
			naive_median_ms: Math.round(naiveMs),
			naive_runs: 1,
			ratio: Math.round(naiveMs / medianMs),
			alerts_days_median_ms: Number(days.medianMs.toFixed(1)),
			alerts_answers_median_ms: Number(answers.medianMs.toFixed(1))
		})
	);
} finally {
	await pb?.stop();
	await rm(dataDir, { recursive: true, force: true });
}
