// Runs one hostile request against the real PocketBase and checks what the suite promises for every one:
// no 5xx, a code per field on a refusal, and nothing stored (row counts and watched records unchanged),
// but for what a valid part of the request may legitimately create.
import type PocketBase from 'pocketbase';
import { expect } from 'vitest';
import type { Role, World } from '../world';
import { encode } from './raw';

/** Collections whose rows are counted around every request, plus the sum of the daily answer counts. */
export const COUNTED = [
	'survey_responses',
	'survey_answers',
	'answer_counts',
	'complaints',
	'suggestions',
	'complaint_events',
	'publications',
	'questionnaires',
	'questions',
	'sites',
	'reception_points',
	'policies',
	'staff',
	'kiosks',
	'engagements',
	'action_items',
	'action_notes',
	'alerts',
	'alert_events'
] as const;
export type CountKey = (typeof COUNTED)[number] | 'answer_counts_n';

export type Caller = Role | 'none' | 'forged';

export interface Req {
	method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
	path: string;
	as: Caller;
	/** JSON text (may hold BAD_UTF8 markers), bytes, or a form. */
	body?: string | Uint8Array<ArrayBuffer> | FormData;
	contentType?: string;
}

/** A record the request may create when part of it is valid (a repeated key's checked copy, extra fields). */
export interface Allowed {
	collection: string;
	id: string;
	/** What the stored record must hold, whatever else the request said. */
	fields: Record<string, unknown>;
}

export interface Expect {
	/** The collections this route could write to (default: every counted one). */
	counted?: CountKey[];
	/** Records that must be exactly the same afterwards. */
	watch?: { collection: string; id: string }[];
	/** Ids that must not exist afterwards, in that collection. */
	absent?: { collection: string; id: string }[];
	/**
	 * What a valid part of the request may store: either nothing, or exactly these count changes with the
	 * `records` holding their fields.
	 */
	allowed?: { delta: Partial<Record<CountKey, number>>; records: Allowed[] };
	/** Restores what a wrongly accepted request changed, so that the next rows start from the same world. */
	cleanup?: () => Promise<void>;
}

export interface Built {
	req: Req;
	expect?: Expect;
}

export interface HostileRow<C> {
	route: string;
	field: string;
	cls: string;
	build: (ctx: C) => Built | Promise<Built>;
}

/** A readable name, unique in its table. */
export const rowName = <C>(row: HostileRow<C>) => `${row.route} · ${row.field} · ${row.cls}`;

export interface Harness {
	url: string;
	su: PocketBase;
	tokens: Record<Caller, string>;
}

export function harnessOf(url: string, w: World): Harness {
	const tokens = {
		none: '',
		forged: 'eyJhbGciOiJub25lIn0.eyJpZCI6ImFkbWluIiwidHlwZSI6ImF1dGgifQ.'
	} as Record<Caller, string>;
	for (const [role, client] of Object.entries(w.clients)) tokens[role as Role] = client.authStore.token;
	return { url, su: w.su, tokens };
}

export interface Answer {
	status: number;
	text: string;
	json: unknown;
}

export async function send(h: Harness, req: Req): Promise<Answer> {
	const headers: Record<string, string> = {};
	if (h.tokens[req.as]) headers.Authorization = h.tokens[req.as];
	let body: BodyInit | undefined;
	if (typeof req.body === 'string') {
		body = encode(req.body);
		headers['Content-Type'] = req.contentType ?? 'application/json';
	} else if (req.body instanceof Uint8Array) {
		body = req.body;
		headers['Content-Type'] = req.contentType ?? 'application/json';
	} else if (req.body) {
		body = req.body;
		if (req.contentType) headers['Content-Type'] = req.contentType;
	}
	const response = await fetch(`${h.url}${req.path}`, { method: req.method, headers, body });
	const text = await response.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, text, json };
}

/** Row counts of these collections; `answer_counts_n` is the sum of the daily answer counts. */
export async function countRows(
	su: PocketBase,
	keys: CountKey[] = [...COUNTED, 'answer_counts_n']
): Promise<Partial<Record<CountKey, number>>> {
	const counts = await Promise.all(
		keys.map(async (c) => {
			if (c !== 'answer_counts_n')
				return [c, (await su.collection(c).getList(1, 1, { fields: 'id' })).totalItems] as const;
			const sums = await su
				.collection('answer_counts')
				.getFullList<{ n: number }>({ fields: 'n', batch: 1000 });
			return [c, sums.reduce((sum, r) => sum + r.n, 0)] as const;
		})
	);
	return Object.fromEntries(counts);
}

async function recordOrNull(su: PocketBase, collection: string, id: string) {
	try {
		return await su.collection(collection).getOne(id);
	} catch {
		return null;
	}
}

const short = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…(${text.length} chars)` : text);

/** Sends the row's request and checks the suite's promises; the message of a failure holds the answer. */
export async function runRow<C>(h: Harness, ctx: C, row: HostileRow<C>) {
	const { req, expect: wanted = {} } = await row.build(ctx);
	const watch = wanted.watch ?? [];
	const [before, watchedBefore] = await Promise.all([
		countRows(h.su, wanted.counted),
		Promise.all(watch.map((r) => recordOrNull(h.su, r.collection, r.id)))
	]);
	const answer = await send(h, req);
	const [after, watchedAfter] = await Promise.all([
		countRows(h.su, wanted.counted),
		Promise.all(watch.map((r) => recordOrNull(h.su, r.collection, r.id)))
	]);
	try {
		const said = `${req.method} ${req.path.slice(0, 200)} as ${req.as} → ${answer.status} ${short(answer.text)}`;
		// (a) no 5xx, and a request that reached the route (a rate limit would hide what it does).
		expect(answer.status, said).toBeLessThan(500);
		expect(answer.status, said).not.toBe(429);
		// (b) a refusal names its fields with codes; so does each refused item of a batch.
		if (answer.status === 400) expectCodes(answer.json, said);
		const results = (answer.json as { results?: unknown } | undefined)?.results;
		if (answer.status === 200 && Array.isArray(results)) {
			const mayStore = (wanted.allowed?.records ?? []).map((r) => r.id);
			for (const result of results as { id: string; status: string; errors?: unknown }[]) {
				if (result.status === 'rejected') expectItemCodes(result.errors, said);
				else expect(mayStore, `${said}: item ${result.status}`).toContain(result.id);
			}
		}
		// (c) nothing stored but what the valid part of the request may store.
		const delta = Object.fromEntries(
			(Object.keys(before) as CountKey[])
				.map((k) => [k, after[k]! - before[k]!] as const)
				.filter(([, d]) => d !== 0)
		);
		const permitted = wanted.allowed?.delta ?? {};
		if (Object.keys(delta).length > 0 && wanted.allowed) {
			expect(delta, `${said}: rows stored beyond what the valid part may create`).toEqual(permitted);
			for (const record of wanted.allowed.records) {
				const stored = await recordOrNull(h.su, record.collection, record.id);
				expect(stored, `${said}: ${record.collection} ${record.id}`).not.toBeNull();
				expect(stored, `${said}: ${record.collection} ${record.id}`).toMatchObject(record.fields);
			}
		} else expect(delta, `${said}: rows stored`).toEqual({});
		watch.forEach((r, i) =>
			expect(watchedAfter[i], `${said}: ${r.collection} ${r.id} changed`).toEqual(watchedBefore[i])
		);
		const allowedIds = new Set((wanted.allowed?.records ?? []).map((r) => r.id));
		for (const r of (wanted.absent ?? []).filter((a) => !allowedIds.has(a.id)))
			expect(
				await recordOrNull(h.su, r.collection, r.id),
				`${said}: ${r.collection} ${r.id} stored`
			).toBeNull();
	} finally {
		await wanted.cleanup?.();
	}
}

/** A 400 body as PocketBase shapes validation errors: `data` maps each field to `{ code }`. */
function expectCodes(json: unknown, said: string) {
	const data = (json as { data?: unknown } | undefined)?.data;
	expect(data, `${said}: no data`).toBeTypeOf('object');
	expect(data, `${said}: data is null`).not.toBeNull();
	const fields = Object.entries(data as Record<string, unknown>);
	expect(fields.length, `${said}: no field in data`).toBeGreaterThan(0);
	for (const [field, value] of fields)
		expect((value as { code?: unknown } | null)?.code, `${said}: ${field} has no code`).toBeTypeOf('string');
}

/** A refused batch item's `errors`: field → code. */
function expectItemCodes(errors: unknown, said: string) {
	expect(errors, `${said}: item errors`).toBeTypeOf('object');
	expect(errors, `${said}: item errors`).not.toBeNull();
	const fields = Object.entries(errors as Record<string, unknown>);
	expect(fields.length, `${said}: item errors empty`).toBeGreaterThan(0);
	for (const [field, code] of fields) expect(code, `${said}: item error ${field}`).toBeTypeOf('string');
}
