// The hostile table of the public routes: what visitors' devices send (surveys, complaints, suggestions,
// attachments), tracking and the citizen's erasure request, kiosk enrolment, and the mail status the back
// office reads.
import { newId } from '../../../src/lib/domain/ids';
import { complaintItem, suggestionItem } from '../complaints';
import type { World } from '../world';
import type { CountKey, HostileRow } from './harness';
import { LYING_FILES, MULTIPART_TYPE, VALID_PDF, multipart, type Part } from './multipart';
import { BAD_UTF8, serialize } from './raw';
import {
	bodyRows,
	callerRows,
	dupRows,
	extraRows,
	fieldRows,
	type Base,
	type BaseOf,
	type FieldSpec
} from './rows';

export interface PublicCtx {
	w: World;
	today: string;
	/** A complaint stored through the route, to follow with /api/qep/track. */
	tracked: { token: string; reference: string; email: string };
}

type Row = HostileRow<PublicCtx>;

/** What a visitor's request could write to. */
const VISITOR_ROWS: CountKey[] = [
	'survey_responses',
	'survey_answers',
	'answer_counts',
	'complaints',
	'complaint_events',
	'suggestions',
	'kiosks'
];

// POST /api/qep/ingest -------------------------------------------------------------------------------

function surveyBase({ w, today }: PublicCtx): Base {
	const id = newId();
	const data = {
		questionnaire: w.questionnaire.id,
		site: w.siteA.id,
		reception_point: '',
		channel: 'web',
		language: 'fr',
		day: today,
		comment: '',
		answers: [{ question: w.question.id, value: 'satisfied' }]
	};
	return {
		path: '/api/qep/ingest',
		as: 'anonymous',
		body: { items: [{ id, type: 'survey_response', data }] },
		expect: {
			// The daily counts by their sum: a valid item may add a count row or raise an existing one.
			counted: [...VISITOR_ROWS.filter((k) => k !== 'answer_counts'), 'answer_counts_n'],
			absent: [{ collection: 'survey_responses', id }]
		},
		allowed: {
			delta: { survey_responses: 1, survey_answers: 1, answer_counts_n: 1 },
			records: [
				{
					collection: 'survey_responses',
					id,
					fields: { site: w.siteA.id, reception_point: '', channel: 'web', day: today, comment: '' }
				}
			]
		}
	};
}

const ITEM: FieldSpec[] = [
	{ path: ['items'], kind: 'array' },
	{ path: ['items', 0], kind: 'object' },
	// Any well-formed id is a valid one for a new item: the device makes it.
	{ path: ['items', 0, 'id'], kind: 'id', valid: ['id:unknown'] },
	{ path: ['items', 0, 'type'], kind: 'enum' },
	{ path: ['items', 0, 'data'], kind: 'object' }
];
const DATA = ['items', 0, 'data'];
const data = (name: string) => [...DATA, name];

const INGEST_FIELDS: FieldSpec[] = [
	...ITEM,
	{ path: data('questionnaire'), kind: 'id' },
	{ path: data('site'), kind: 'id' },
	{ path: data('reception_point'), kind: 'optId' },
	{ path: data('channel'), kind: 'enum' },
	{ path: data('language'), kind: 'enum' },
	{ path: data('day'), kind: 'day' },
	{ path: data('comment'), kind: 'optText' },
	{ path: data('answers'), kind: 'array' },
	{ path: [...data('answers'), 0], kind: 'object' },
	{ path: [...data('answers'), 0, 'question'], kind: 'id' },
	{ path: [...data('answers'), 0, 'value'], kind: 'enum' }
];

const itemOf = (b: Base) => (b.body as { items: { id: string; data: Record<string, unknown> }[] }).items[0]!;

function ingestRows(): Row[] {
	const kioskBase: BaseOf<PublicCtx> = (ctx) => {
		const b = surveyBase(ctx);
		const item = itemOf(b);
		item.data.channel = 'kiosk';
		item.data.reception_point = ctx.w.pointA.id;
		return { ...b, as: 'kiosk' };
	};
	return [
		...fieldRows('POST /api/qep/ingest', surveyBase, INGEST_FIELDS),
		...bodyRows('POST /api/qep/ingest', surveyBase, { limit: 4 << 20 }),
		...dupRows('POST /api/qep/ingest', surveyBase, [
			{
				at: [],
				key: 'items',
				evil: (b) => [
					{
						...itemOf(b),
						data: { ...itemOf(b).data, channel: 'kiosk', comment: 'x'.repeat(5000), day: '2099-12-31' }
					}
				]
			},
			{ at: ['items', 0], key: 'data', evil: (b) => ({ ...itemOf(b).data, site: '../../x' }) },
			{ at: DATA, key: 'channel', evil: () => 'paper' },
			{ at: DATA, key: 'day', evil: () => '2026-02-30' },
			{ at: DATA, key: 'comment', evil: () => 'y'.repeat(5000) },
			{ at: [...data('answers'), 0], key: 'value', evil: () => 'forged' }
		]),
		...extraRows('POST /api/qep/ingest', surveyBase, [
			{ at: [], key: 'health', value: { pending: -1, appVersion: '\u0000' } },
			{ at: ['items', 0], key: 'status', value: 'created' },
			{ at: DATA, key: 'id', value: 'zzzzzzzzzzzzzzz' },
			{ at: DATA, key: 'created', value: '2001-01-01 00:00:00.000Z' },
			{ at: DATA, key: '__proto__', value: { channel: 'paper', isAdmin: true } },
			{ at: [...data('answers'), 0], key: 'engagement', value: 'zzzzzzzzzzzzzzz' }
		]),
		...fieldRows('POST /api/qep/ingest (kiosk)', kioskBase, [
			{ path: data('site'), kind: 'id' },
			{ path: data('reception_point'), kind: 'optId' }
		]).filter((r) => r.cls.startsWith('id:')),
		...callerRows(
			'POST /api/qep/ingest (paper)',
			(ctx: PublicCtx) => {
				const b = surveyBase(ctx);
				itemOf(b).data.channel = 'paper';
				return b;
			},
			['anonymous', 'forged', 'kiosk', 'otherAgent']
		)
	];
}

// POST /api/qep/complaints ---------------------------------------------------------------------------

function complaintBase({ w }: PublicCtx): Base {
	const item = complaintItem(w);
	return {
		path: '/api/qep/complaints',
		as: 'anonymous',
		body: { items: [item] },
		expect: { counted: VISITOR_ROWS, absent: [{ collection: 'complaints', id: item.id }] },
		allowed: {
			// The complaint, its `received` event and its acknowledgement's.
			delta: { complaints: 1, complaint_events: 2 },
			records: [
				{
					collection: 'complaints',
					id: item.id,
					fields: {
						status: 'received',
						channel: 'web',
						subject: item.data.subject,
						description: item.data.description,
						contact_name: item.data.contact_name,
						answer: ''
					}
				}
			]
		}
	};
}

const COMPLAINT_FIELDS: FieldSpec[] = [
	...ITEM,
	{ path: data('kind'), kind: 'enum' },
	{ path: data('channel'), kind: 'enum' },
	{ path: data('site'), kind: 'id' },
	{ path: data('reception_point'), kind: 'optId' },
	{ path: data('engagement'), kind: 'optId' },
	{ path: data('service'), kind: 'optText' },
	{ path: data('subject'), kind: 'text' },
	{ path: data('description'), kind: 'text' },
	{ path: data('contact_name'), kind: 'text' },
	{ path: data('contact_email'), kind: 'email' },
	{ path: data('contact_address'), kind: 'optText' },
	{ path: data('contact_phone'), kind: 'optText' },
	{ path: data('language'), kind: 'enum' },
	{ path: data('tracking_token'), kind: 'token' },
	{ path: data('submitted_at'), kind: 'instant' },
	{ path: data('nickname'), kind: 'optText' }
];

function suggestionBase({ w, today }: PublicCtx): Base {
	const item = suggestionItem(w, { day: today });
	return {
		path: '/api/qep/complaints',
		as: 'anonymous',
		body: { items: [item] },
		expect: { counted: VISITOR_ROWS, absent: [{ collection: 'suggestions', id: item.id }] },
		allowed: {
			delta: { suggestions: 1 },
			records: [
				{
					collection: 'suggestions',
					id: item.id,
					fields: { channel: 'web', text: item.data.text, email: '', day: today }
				}
			]
		}
	};
}

const SUGGESTION_FIELDS: FieldSpec[] = [
	{ path: ['items', 0, 'type'], kind: 'enum' },
	{ path: ['items', 0, 'data'], kind: 'object' },
	{ path: data('channel'), kind: 'enum' },
	{ path: data('site'), kind: 'id' },
	{ path: data('reception_point'), kind: 'optId' },
	{ path: data('text'), kind: 'text' },
	{ path: data('email'), kind: 'email', optional: true },
	{ path: data('day'), kind: 'day' },
	{ path: data('nickname'), kind: 'optText' }
];

function complaintRows(): Row[] {
	const route = 'POST /api/qep/complaints';
	return [
		...fieldRows(`${route} (complaint)`, complaintBase, COMPLAINT_FIELDS),
		...bodyRows(route, complaintBase),
		...dupRows(`${route} (complaint)`, complaintBase, [
			{
				at: [],
				key: 'items',
				evil: (b) => [
					{ ...itemOf(b), data: { ...itemOf(b).data, subject: 'x', description: '\u200b'.repeat(20) } }
				]
			},
			{ at: DATA, key: 'description', evil: () => '\u0000'.repeat(12) },
			{ at: DATA, key: 'channel', evil: () => 'letter' },
			{ at: DATA, key: 'site', evil: () => '__proto__' }
		]),
		...extraRows(`${route} (complaint)`, complaintBase, [
			{ at: DATA, key: 'status', value: 'closed' },
			{ at: DATA, key: 'reference', value: '2026-R-000001' },
			{ at: DATA, key: 'answer', value: 'Réponse inventée' },
			{ at: DATA, key: 'tracking_token_hash', value: 'f'.repeat(64) },
			{ at: DATA, key: '__proto__', value: { status: 'closed' } }
		]),
		...callerRows(
			`${route} (letter)`,
			(ctx: PublicCtx) => {
				const b = complaintBase(ctx);
				itemOf(b).data.channel = 'letter';
				itemOf(b).data.received_on = ctx.today;
				return b;
			},
			['anonymous', 'forged', 'kiosk']
		),
		{
			route,
			field: 'items',
			cls: 'huge:21-items',
			build: (ctx) => {
				const items = Array.from({ length: 21 }, () => complaintItem(ctx.w));
				return {
					req: { method: 'POST', path: '/api/qep/complaints', as: 'anonymous', body: serialize({ items }) },
					expect: {
						counted: VISITOR_ROWS,
						absent: items.map((i) => ({ collection: 'complaints', id: i.id }))
					}
				};
			}
		}
	];
}

function suggestionRows(): Row[] {
	const route = 'POST /api/qep/complaints';
	return [
		...fieldRows(`${route} (suggestion)`, suggestionBase, SUGGESTION_FIELDS),
		...dupRows(`${route} (suggestion)`, suggestionBase, [
			{ at: DATA, key: 'text', evil: () => '\u202e'.repeat(10) },
			{ at: DATA, key: 'day', evil: () => '2026-11-31' }
		]),
		...extraRows(`${route} (suggestion)`, suggestionBase, [
			{ at: DATA, key: 'status', value: 'read' },
			{ at: DATA, key: 'constructor', value: { prototype: { text: 'evil' } } }
		])
	];
}

// POST /api/qep/complaints as multipart ---------------------------------------------------------------

function multipartRows(): Row[] {
	const route = 'POST /api/qep/complaints (multipart)';
	const send = (b: Base, parts: (payload: string) => Part[]) => ({
		req: {
			method: 'POST' as const,
			path: b.path,
			as: b.as,
			body: multipart(parts(serialize(b.body))),
			contentType: MULTIPART_TYPE
		},
		expect: b.expect
	});
	const row = (
		field: string,
		cls: string,
		base: BaseOf<PublicCtx>,
		parts: (payload: string, b: Base) => Part[]
	) =>
		({
			route,
			field,
			cls,
			build: async (ctx) => {
				const b = await base(ctx);
				return send(b, (payload) => parts(payload, b));
			}
		}) satisfies Row;
	const pdf = { name: 'attachments', filename: 'convocation.pdf', type: 'application/pdf', value: VALID_PDF };
	return [
		...LYING_FILES.map((f) =>
			row('attachments', f.cls, complaintBase, (payload) => [
				{ name: 'payload', value: payload },
				{ name: 'attachments', filename: f.name, type: f.type, value: f.bytes }
			])
		),
		row('attachments', 'huge:4-files', complaintBase, (payload) => [
			{ name: 'payload', value: payload },
			pdf,
			pdf,
			pdf,
			pdf
		]),
		row('attachments', 'file:on-a-suggestion', suggestionBase, (payload) => [
			{ name: 'payload', value: payload },
			pdf
		]),
		row('payload', 'missing', complaintBase, () => [pdf]),
		row('payload', 'body:not-json', complaintBase, () => [{ name: 'payload', value: '{"items":[' }]),
		row('payload', 'unicode:bad-utf8', complaintBase, (payload) => [
			{ name: 'payload', value: payload.replace('"subject":"', `"subject":"${BAD_UTF8}`) }
		]),
		row('payload', 'huge:2-items', complaintBase, (payload, b) => [
			{ name: 'payload', value: payload.replace(']}', `,${serialize({ ...itemOf(b), id: newId() })}]}`) }
		]),
		row('payload', 'nesting:10000', complaintBase, () => [
			{ name: 'payload', value: `{"items":${'['.repeat(10_000)}${']'.repeat(10_000)}}` }
		]),
		row('payload', 'proto:__proto__-wrapper', complaintBase, (payload) => [
			{ name: 'payload', value: `{"__proto__":${payload}}` }
		]),
		{
			route,
			field: 'payload',
			cls: 'duplicate-key:evil-first',
			build: async (ctx) => {
				const b = complaintBase(ctx);
				const evil = serialize({ items: [{ ...itemOf(b), data: { ...itemOf(b).data, channel: 'letter' } }] });
				return {
					...send(b, (payload) => [
						{ name: 'payload', value: evil },
						{ name: 'payload', value: payload }
					]),
					expect: { ...b.expect, allowed: b.allowed }
				};
			}
		},
		{
			route,
			field: 'content-type',
			cls: 'multipart:no-boundary',
			build: (ctx) => {
				const b = complaintBase(ctx);
				return {
					req: {
						method: 'POST',
						path: b.path,
						as: b.as,
						body: serialize(b.body),
						contentType: 'multipart/form-data'
					},
					expect: b.expect
				};
			}
		}
	];
}

// POST /api/qep/track, POST /api/qep/track/erase, GET /api/qep/mail-status, POST /api/qep/enrol ----------

function trackRows(): Row[] {
	const byToken: BaseOf<PublicCtx> = (ctx) => ({
		path: '/api/qep/track',
		as: 'anonymous',
		body: { token: ctx.tracked.token },
		expect: { counted: VISITOR_ROWS }
	});
	const byReference: BaseOf<PublicCtx> = (ctx) => ({
		path: '/api/qep/track',
		as: 'anonymous',
		body: { reference: ctx.tracked.reference, email: ctx.tracked.email },
		expect: { counted: VISITOR_ROWS }
	});
	return [
		...fieldRows('POST /api/qep/track', byToken, [{ path: ['token'], kind: 'token' }]),
		...fieldRows('POST /api/qep/track', byReference, [
			{ path: ['reference'], kind: 'enum' },
			{ path: ['email'], kind: 'email' }
		]),
		...bodyRows('POST /api/qep/track', byToken)
	];
}

/**
 * POST /api/qep/track/erase: the same body as tracking. The followed complaint is not answered, so its
 * valid request is refused (`not_answered`) and no row can erase it.
 */
function trackEraseRows(): Row[] {
	const route = 'POST /api/qep/track/erase';
	const byToken: BaseOf<PublicCtx> = (ctx) => ({
		path: '/api/qep/track/erase',
		as: 'anonymous',
		body: { token: ctx.tracked.token },
		expect: { counted: VISITOR_ROWS }
	});
	const byReference: BaseOf<PublicCtx> = (ctx) => ({
		path: '/api/qep/track/erase',
		as: 'anonymous',
		body: { reference: ctx.tracked.reference, email: ctx.tracked.email },
		expect: { counted: VISITOR_ROWS }
	});
	return [
		...fieldRows(route, byToken, [{ path: ['token'], kind: 'token' }]),
		...fieldRows(route, byReference, [
			{ path: ['reference'], kind: 'enum' },
			{ path: ['email'], kind: 'email' }
		]),
		...bodyRows(route, byToken),
		...dupRows(route, byToken, [{ at: [], key: 'token', evil: () => ({ $ne: '' }) }])
	];
}

function mailStatusRows(): Row[] {
	const route = 'GET /api/qep/mail-status';
	const get = (as: 'none' | 'forged' | 'kiosk' | 'agent', query: string, cls: string): Row => ({
		route,
		field: query ? 'query' : 'caller',
		cls,
		build: () => ({ req: { method: 'GET', path: `/api/qep/mail-status${query}`, as } })
	});
	return [
		get('none', '', 'caller:none'),
		get('forged', '', 'caller:forged'),
		get('kiosk', '', 'caller:kiosk'),
		get('agent', '?__proto__[configured]=false&constructor=x', 'proto:query'),
		get('agent', `?x=${'y'.repeat(6000)}`, 'huge:query'),
		get('agent', '?configured=%00%FF%E2%80%AE', 'unicode:query')
	];
}

function enrolRows(): Row[] {
	const base: BaseOf<PublicCtx> = (ctx) => ({
		path: '/api/qep/enrol',
		as: 'none',
		body: { code: 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefgh' },
		expect: { counted: VISITOR_ROWS, watch: [{ collection: 'kiosks', id: ctx.w.kiosk.id }] }
	});
	return [
		...fieldRows('POST /api/qep/enrol', base, [{ path: ['code'], kind: 'token' }]),
		...bodyRows('POST /api/qep/enrol', base),
		...dupRows('POST /api/qep/enrol', base, [{ at: [], key: 'code', evil: () => ({ $ne: '' }) }])
	];
}

/** The ingest's rows (each file of its own keeps its run short). */
export const ingestTable = ingestRows;
/** Complaints and information requests as JSON. */
export const complaintTable = complaintRows;
/** Suggestions, attachments, tracking and the citizen's erasure request, enrolment, mail status. */
export const intakeTable = (): Row[] => [
	...suggestionRows(),
	...multipartRows(),
	...trackRows(),
	...trackEraseRows(),
	...mailStatusRows(),
	...enrolRows()
];
