// `npm run bench:sync`: how fast a kiosk's backlog reaches a real PocketBase on loopback, against the naive
// way (one request per response) measured in the same run; then tap-to-durable-save latency in Chromium.
// Prints its figures; the last line is one JSON object. Not a test: nothing here passes or fails.
import PocketBase from 'pocketbase';
import { paths } from '../scripts/lib/pocketbase.js';
import { createMetzKiosk, metzDesk } from '../tests/support/demo.js';
import { startTestServer, SUPERUSER } from '../tests/support/server.js';
import { openKiosk, timeDrain, timeTaps } from './chromium.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const SURVEYS = Number(process.env.BENCH_SURVEYS ?? 100);
const VALUES = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
const newId = () =>
	Array.from(
		crypto.getRandomValues(new Uint8Array(15)),
		(b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]
	).join('');

const server = await startTestServer({ seedDemo: true, publicDir: paths.build });
let browser;
try {
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	// Rate limits would throttle the naive run far more than the batched one: measure the work, not the limiter.
	await su.settings.update({ rateLimits: { enabled: false } });
	const policy = await su.collection('policies').getFirstListItem('');
	await su.collection('policies').update(policy.id, { kiosk_cooldown_seconds: 0 });

	const { site, point } = await metzDesk(su);
	const questionnaire = await su.collection('questionnaires').getFirstListItem('status = "active"');
	const questions = await su
		.collection('questions')
		.getFullList({ filter: `questionnaire = "${questionnaire.id}"` });
	const kiosk = await createMetzKiosk(su, { name: 'Borne de mesure', languages: ['fr'] });
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
	const survey = (i) => ({
		questionnaire: questionnaire.id,
		site: site.id,
		reception_point: point.id,
		channel: 'kiosk',
		language: 'fr',
		day: today,
		comment: '',
		answers: questions.map((q, j) => ({ question: q.id, value: VALUES[(i + j) % VALUES.length] }))
	});

	// Batched: the built app's sync engine draining real IndexedDB in Chromium.
	const kioskPage = await openKiosk(server.url, su, kiosk);
	browser = kioskPage.browser;
	const rows = Array.from({ length: COUNT }, (_, i) => ({
		id: newId(),
		type: 'survey_response',
		data: survey(i),
		createdAt: i,
		attempts: 0
	}));
	const batchedSeconds = await timeDrain(kioskPage.page, rows);

	// Naive: one request per response, same endpoint, same kiosk token.
	const device = await su.collection('kiosks').impersonate(kiosk.id, 3600);
	device.autoCancellation(false);
	let start = performance.now();
	for (let i = 0; i < COUNT; i++) {
		await device.send('/api/qep/ingest', {
			method: 'POST',
			body: { items: [{ id: newId(), type: 'survey_response', data: survey(i) }] }
		});
	}
	const naiveSeconds = (performance.now() - start) / 1000;

	// For reference: PocketBase's record API, one create per row (a response, then each answer), as a
	// generic offline form tool would sync; on a sample, it is slow.
	const sample = Math.min(COUNT, 1000);
	start = performance.now();
	for (let i = 0; i < sample; i++) {
		const { answers, ...response } = survey(i);
		const created = await su.collection('survey_responses').create(response);
		for (const a of answers) {
			const engagement = questions.find((q) => q.id === a.question).engagement;
			await su.collection('survey_answers').create({ ...response, response: created.id, ...a, engagement });
		}
	}
	const recordApiRps = sample / ((performance.now() - start) / 1000);

	const stored = (await su.collection('survey_responses').getList(1, 1, { filter: `day = "${today}"` }))
		.totalItems;
	const latency = await timeTaps(kioskPage.page, SURVEYS, questions.length);

	const rps = COUNT / batchedSeconds;
	const naiveRps = COUNT / naiveSeconds;
	console.log(
		`responses: ${COUNT} × ${questions.length} answers; stored today: ${stored} (${2 * COUNT + sample} expected)`
	);
	console.log(
		`batched (app's engine, Chromium IndexedDB, first request to empty outbox): ${batchedSeconds.toFixed(2)} s → ${rps.toFixed(0)} responses/s`
	);
	console.log(
		`naive (one request per response): ${naiveSeconds.toFixed(2)} s → ${naiveRps.toFixed(0)} responses/s`
	);
	console.log(`record API (one create per row, ${sample} responses): ${recordApiRps.toFixed(0)} responses/s`);
	console.log(
		`tap-to-durable-save over ${latency.samples} surveys: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`
	);
	console.log(
		JSON.stringify({
			responses: COUNT,
			rps: Math.round(rps),
			naive_rps: Math.round(naiveRps),
			ratio: Number((rps / naiveRps).toFixed(1)),
			record_api_rps: Math.round(recordApiRps),
			record_api_ratio: Number((rps / recordApiRps).toFixed(1)),
			tap_to_save_p50_ms: Number(latency.p50.toFixed(1)),
			tap_to_save_p95_ms: Number(latency.p95.toFixed(1))
		})
	);
} finally {
	await browser?.close();
	await server.stop();
}
