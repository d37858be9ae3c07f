// The hostile table of the staff routes: the complaint workflow, transcription, the rights of persons
// (contact correction, erasure, access and export), questionnaire versions, settings through the record
// API, the threshold alerts' life cycle, publications and their open data, the indicators, the inbox, retention, status, kiosk enrolment and
// PIN.
import type { RecordModel } from 'pocketbase';
import { complaintItem } from '../complaints';
import { unique, type World } from '../world';
import type { Caller, CountKey, HostileRow } from './harness';
import { serialize } from './raw';
import {
	bodyRows,
	callerRows,
	dupRows,
	extraRows,
	fieldRows,
	pathRows,
	type Base,
	type BaseOf,
	type FieldSpec
} from './rows';
import { HUGE, IMPOSSIBLE_DAYS } from './values';

export interface StaffCtx {
	w: World;
	today: string;
	/** A draft questionnaire with one question, of this file's own. */
	draft: RecordModel;
	policy: RecordModel;
	publication: RecordModel;
}
type Row = HostileRow<StaffCtx>;

const WORKFLOW_ROWS: CountKey[] = ['complaints', 'complaint_events'];

/** A complaint of site A received now, made for one row (a wrongly accepted action changes only it). */
async function freshComplaint(w: World) {
	const now = Date.now();
	return w.su.collection('complaints').create({
		...w.make.complaint('web'),
		status: 'received',
		received_at: new Date(now).toISOString(),
		deadline_at: new Date(now + 21 * 86400000).toISOString()
	});
}

function actionRows(): Row[] {
	const actions: [string, string, Record<string, unknown>][] = [
		['status', 'to', { to: 'in_progress' }],
		['assign', 'assignee', {}],
		['notes', 'text', { text: 'Appel du demandeur, pièce manquante.' }],
		['answer', 'text', { text: 'Nous avons rouvert le guichet du samedi matin.' }]
	];
	const rows: Row[] = [];
	for (const [action, field, body] of actions) {
		const route = `POST /api/qep/complaints/{id}/${action}`;
		const base: BaseOf<StaffCtx> = async ({ w }) => {
			const complaint = await freshComplaint(w);
			return {
				path: `/api/qep/complaints/${complaint.id}/${action}`,
				as: 'agent',
				body: action === 'assign' ? { assignee: w.people.agent.id } : body,
				expect: { counted: WORKFLOW_ROWS, watch: [{ collection: 'complaints', id: complaint.id }] }
			};
		};
		rows.push(
			...fieldRows(route, base, [
				{ path: [field], kind: action === 'status' ? 'enum' : field === 'assignee' ? 'id' : 'text' }
			]),
			...pathRows(route, base, (b, id) => b.path.replace(/complaints\/[^/]+\//, `complaints/${id}/`)),
			...callerRows(route, base, ['none', 'forged', 'kiosk', 'otherAgent']),
			...bodyRows(route, base).filter((r) => !r.cls.startsWith('proto:'))
		);
	}
	// An administrator's hold on an item's retention: a day to come and a reason.
	const holdRoute = 'POST /api/qep/complaints/{id}/hold';
	const holdBase: BaseOf<StaffCtx> = async ({ w, today }) => {
		const complaint = await freshComplaint(w);
		return {
			path: `/api/qep/complaints/${complaint.id}/hold`,
			as: 'admin',
			body: { until: `${Number(today.slice(0, 4)) + 1}-06-30`, reason: 'Recours contentieux en cours' },
			expect: { counted: WORKFLOW_ROWS, watch: [{ collection: 'complaints', id: complaint.id }] }
		};
	};
	rows.push(
		...fieldRows(holdRoute, holdBase, [
			{ path: ['until'], kind: 'day' },
			{ path: ['reason'], kind: 'text' }
		]),
		...pathRows(holdRoute, holdBase, (b, id) => b.path.replace(/complaints\/[^/]+\//, `complaints/${id}/`)),
		...callerRows(holdRoute, holdBase, ['none', 'forged', 'kiosk', 'agent', 'referent']),
		...bodyRows(holdRoute, holdBase).filter((r) => !r.cls.startsWith('proto:'))
	);
	// The note's text twice: whichever the server reads, at most that one checked note is stored.
	const noteBase: BaseOf<StaffCtx> = async ({ w }) => {
		const complaint = await freshComplaint(w);
		return {
			path: `/api/qep/complaints/${complaint.id}/notes`,
			as: 'agent',
			body: { text: 'Appel du demandeur, pièce manquante.' },
			expect: { counted: WORKFLOW_ROWS, watch: [{ collection: 'complaints', id: complaint.id }] },
			allowed: { delta: { complaint_events: 1 }, records: [] }
		};
	};
	rows.push(
		...dupRows('POST /api/qep/complaints/{id}/notes', noteBase, [{ at: [], key: 'text', evil: () => ({}) }])
	);
	return rows;
}

function transcriptionRows(): Row[] {
	const route = 'POST /api/qep/complaints (transcription)';
	const base: BaseOf<StaffCtx> = ({ w, today }) => {
		const item = complaintItem(w, { channel: 'letter', received_on: today });
		return {
			path: '/api/qep/complaints',
			as: 'agent',
			body: { items: [item] },
			expect: { counted: WORKFLOW_ROWS, absent: [{ collection: 'complaints', id: item.id }] }
		};
	};
	const data = (name: string) => ['items', 0, 'data', name];
	return [
		...fieldRows(route, base, [
			{ path: data('received_on'), kind: 'day' },
			{ path: data('channel'), kind: 'enum' },
			{ path: data('site'), kind: 'id' }
		]),
		{
			route,
			field: 'items.0.data.received_on',
			cls: 'date:future',
			build: (ctx) => {
				const b = base(ctx) as Base;
				const text = serialize(b.body).replace(`"received_on":"${ctx.today}"`, '"received_on":"2099-01-01"');
				return { req: { method: 'POST', path: b.path, as: 'agent', body: text }, expect: b.expect };
			}
		},
		...callerRows(route, base, ['otherAgent'])
	];
}

/** A suggestion of site A with an address, made for one row (a wrongly accepted erasure changes only it). */
function freshSuggestion(w: World) {
	return w.su.collection('suggestions').create({ ...w.make.suggestion('web'), email: 'camille@example.org' });
}

const NOT_ADMIN: Caller[] = ['none', 'forged', 'kiosk', 'agent', 'referent'];
const withComplaintId = (b: Base, id: string) => b.path.replace(/complaints\/[^/]+\//, `complaints/${id}/`);

/** An administrator's contact correction and erasures (the rights of persons). */
function rightsRows(): Row[] {
	// The complaint's own contact: valid, and changing nothing, so that what is left of a hostile body once
	// a field is refused or left out never changes the record either.
	const contactRoute = 'POST /api/qep/complaints/{id}/contact';
	const contact: BaseOf<StaffCtx> = async ({ w }) => {
		const complaint = await freshComplaint(w);
		return {
			path: `/api/qep/complaints/${complaint.id}/contact`,
			as: 'admin',
			body: {
				contact_name: complaint.contact_name,
				contact_email: complaint.contact_email,
				contact_phone: '',
				contact_address: ''
			},
			expect: { counted: WORKFLOW_ROWS, watch: [{ collection: 'complaints', id: complaint.id }] }
		};
	};
	// An open complaint: the valid request is refused (`not_answered`), so no row can erase it.
	const eraseRoute = 'POST /api/qep/complaints/{id}/erase';
	const erase: BaseOf<StaffCtx> = async ({ w }) => {
		const complaint = await freshComplaint(w);
		return {
			path: `/api/qep/complaints/${complaint.id}/erase`,
			as: 'admin',
			body: { reason: 'Demande écrite de la personne' },
			expect: { counted: WORKFLOW_ROWS, watch: [{ collection: 'complaints', id: complaint.id }] }
		};
	};
	const suggestionRoute = 'POST /api/qep/suggestions/{id}/erase';
	const eraseSuggestion: BaseOf<StaffCtx> = async ({ w }) => {
		const suggestion = await freshSuggestion(w);
		return {
			path: `/api/qep/suggestions/${suggestion.id}/erase`,
			as: 'admin',
			body: { reason: 'Demande écrite de la personne' },
			expect: {
				counted: ['suggestions', 'complaint_events'],
				watch: [{ collection: 'suggestions', id: suggestion.id }]
			}
		};
	};
	return [
		...fieldRows(contactRoute, contact, [
			{ path: ['contact_name'], kind: 'text' },
			{ path: ['contact_email'], kind: 'email' },
			{ path: ['contact_phone'], kind: 'optText' },
			{ path: ['contact_address'], kind: 'optText' }
		]),
		...extraRows(contactRoute, contact, [
			{ at: [], key: 'subject', value: 'Réécrit' },
			{ at: [], key: 'anonymised_at', value: '2026-01-01 10:00:00.000Z' }
		]).map((r) => ({ ...r, cls: `${r.cls}:refused` })),
		...pathRows(contactRoute, contact, withComplaintId),
		...callerRows(contactRoute, contact, NOT_ADMIN),
		...bodyRows(contactRoute, contact),
		...dupRows(contactRoute, contact, [{ at: [], key: 'contact_email', evil: () => ({}) }]),
		...fieldRows(eraseRoute, erase, [{ path: ['reason'], kind: 'text' }]),
		...pathRows(eraseRoute, erase, withComplaintId),
		...callerRows(eraseRoute, erase, NOT_ADMIN),
		...bodyRows(eraseRoute, erase),
		...fieldRows(suggestionRoute, eraseSuggestion, [{ path: ['reason'], kind: 'text' }]),
		...pathRows(suggestionRoute, eraseSuggestion, (b, id) =>
			b.path.replace(/suggestions\/[^/]+\//, `suggestions/${id}/`)
		),
		...callerRows(suggestionRoute, eraseSuggestion, NOT_ADMIN),
		...bodyRows(suggestionRoute, eraseSuggestion)
	];
}

function questionnaireRows(): Row[] {
	const rows: Row[] = [];
	const counted: CountKey[] = ['questionnaires', 'questions'];
	for (const action of ['new-version', 'activate']) {
		const route = `POST /api/qep/questionnaires/{id}/${action}`;
		const base: BaseOf<StaffCtx> = ({ w, draft }) => ({
			path: `/api/qep/questionnaires/${action === 'activate' ? draft.id : w.questionnaire.id}/${action}`,
			as: 'referent',
			body: {},
			expect: {
				counted,
				watch: [
					{ collection: 'questionnaires', id: draft.id },
					{ collection: 'questionnaires', id: w.questionnaire.id }
				]
			}
		});
		rows.push(
			...pathRows(route, base, (b, id) => b.path.replace(/questionnaires\/[^/]+\//, `questionnaires/${id}/`)),
			...callerRows(route, base, ['none', 'forged', 'kiosk', 'agent', 'otherAgent'])
		);
	}
	rows.push({
		route: 'POST /api/qep/questionnaires/{id}/activate',
		field: '{id}',
		cls: 'state:already-active',
		build: ({ w }) => ({
			req: { method: 'POST', path: `/api/qep/questionnaires/${w.questionnaire.id}/activate`, as: 'referent' },
			expect: { counted, watch: [{ collection: 'questionnaires', id: w.questionnaire.id }] }
		})
	});
	return rows;
}

function settingsRows(): Row[] {
	const records = (collection: string) => `/api/collections/${collection}/records`;
	const site: BaseOf<StaffCtx> = ({ w }) => ({
		path: records('sites'),
		as: 'referent',
		body: { ...w.make.site(), closures: ['2026-12-24'], contact_email: 'accueil@example.org' },
		expect: { counted: ['sites'] }
	});
	const point: BaseOf<StaffCtx> = ({ w }) => ({
		path: records('reception_points'),
		as: 'referent',
		body: { site: w.siteA.id, name: 'Guichet', slug: unique('guichet'), kind: 'autre', active: true },
		expect: { counted: ['reception_points'] }
	});
	const question: BaseOf<StaffCtx> = ({ w, draft }) => ({
		path: records('questions'),
		as: 'referent',
		body: { questionnaire: draft.id, engagement: w.engagement.id, position: 50, label: { fr: 'Question ?' } },
		expect: { counted: ['questions'] }
	});
	const policy: BaseOf<StaffCtx> = ({ w, policy }) => {
		const fields = [
			'organisation_name',
			'complaint_deadline_days',
			'information_deadline_days',
			'satisfaction_threshold',
			'minimum_sample',
			'retention_months',
			'kiosk_cooldown_seconds',
			'hosting',
			'alert_window',
			'alert_window_size',
			'alert_notify_agents'
		];
		const body = Object.fromEntries(fields.map((f) => [f, policy[f]]));
		return {
			method: 'PATCH',
			path: `${records('policies')}/${policy.id}`,
			as: 'referent',
			body,
			expect: {
				counted: ['policies'],
				watch: [{ collection: 'policies', id: policy.id }],
				// A wrongly accepted value would change every later test's deadlines: put the policy back.
				cleanup: async () => {
					await w.su.collection('policies').update(policy.id, body);
				}
			}
		};
	};
	return [
		...fieldRows('POST sites (record API)', site, [
			{ path: ['name'], kind: 'text' },
			{ path: ['slug'], kind: 'enum' },
			{ path: ['department_code'], kind: 'enum' },
			{ path: ['zone'], kind: 'enum' },
			{ path: ['time_zone'], kind: 'enum' },
			{ path: ['closures'], kind: 'array', optional: true },
			// Years 2000–2100 are real days (values.js): a closure in 2099 is odd, not wrong.
			{ path: ['closures', 0], kind: 'day', optional: true, valid: ['date:2099-12-31'] },
			{ path: ['contact_email'], kind: 'email', optional: true },
			{ path: ['active'], kind: 'bool', optional: true }
		]),
		...fieldRows('POST reception_points (record API)', point, [
			{ path: ['site'], kind: 'id' },
			{ path: ['name'], kind: 'text' },
			{ path: ['slug'], kind: 'enum' },
			{ path: ['kind'], kind: 'enum' }
		]),
		...fieldRows('POST questions (record API)', question, [
			{ path: ['questionnaire'], kind: 'id' },
			{ path: ['engagement'], kind: 'id' },
			{ path: ['position'], kind: 'int' },
			{ path: ['label'], kind: 'object' },
			{ path: ['label', 'fr'], kind: 'text' }
		]),
		...fieldRows('PATCH policies (record API)', policy, [
			{ path: ['organisation_name'], kind: 'text' },
			{ path: ['complaint_deadline_days'], kind: 'int' },
			{ path: ['information_deadline_days'], kind: 'int' },
			{ path: ['satisfaction_threshold'], kind: 'number' },
			{ path: ['minimum_sample'], kind: 'int' },
			{ path: ['retention_months'], kind: 'int' },
			{ path: ['kiosk_cooldown_seconds'], kind: 'int', optional: true },
			{ path: ['hosting'], kind: 'text', optional: true },
			{ path: ['alert_window'], kind: 'enum' },
			{ path: ['alert_window_size'], kind: 'int' },
			{ path: ['alert_notify_agents'], kind: 'bool', optional: true }
		]).filter((r) => r.cls !== 'missing') // a PATCH leaves out what it does not change
	];
}

/**
 * The threshold alerts' life-cycle routes, each on a fresh open alert of site A: acknowledging (its comment),
 * making the plan's action (its title and due day), closing (its reason). The alert is closed afterwards
 * whatever happened, which frees its place for the next row's (one live alert per kind and place).
 */
function alertRows(): Row[] {
	const steps: [string, Caller, Record<string, unknown>, FieldSpec[]][] = [
		[
			'acknowledge',
			'agent',
			{ comment: 'Vu avec le chef de bureau.' },
			[{ path: ['comment'], kind: 'text', optional: true }]
		],
		[
			'action',
			'referent',
			{ title: 'Renfort du lundi', due_date: '2027-01-15' },
			[
				{ path: ['title'], kind: 'text', optional: true },
				{ path: ['due_date'], kind: 'day', optional: true }
			]
		],
		['close', 'referent', { reason: 'Cause identifiée et traitée.' }, [{ path: ['reason'], kind: 'text' }]]
	];
	const rows: Row[] = [];
	for (const [step, as, body, fields] of steps) {
		const route = `POST /api/qep/alerts/{id}/${step}`;
		const base: BaseOf<StaffCtx> = async ({ w, today }) => {
			const alert = await w.su.collection('alerts').create({
				kind: 'lasting',
				scope: 'site',
				site: w.siteA.id,
				status: 'open',
				opened_on: today,
				figures: { satisfied: 14, n: 28, rate: 0.5, low: 0.33, high: 0.67, from: today, to: today }
			});
			return {
				path: `/api/qep/alerts/${alert.id}/${step}`,
				as,
				body,
				expect: {
					counted: ['alerts', 'alert_events', 'action_items'],
					watch: [{ collection: 'alerts', id: alert.id }],
					cleanup: async () => {
						await w.su.collection('alerts').update(alert.id, { status: 'closed' });
					}
				}
			};
		};
		rows.push(
			...fieldRows(route, base, fields),
			...pathRows(route, base, (b, id) => b.path.replace(/alerts\/[^/]+\//, `alerts/${id}/`)),
			...callerRows(
				route,
				base,
				step === 'acknowledge'
					? ['none', 'forged', 'kiosk', 'otherAgent']
					: ['none', 'forged', 'kiosk', 'agent']
			),
			...bodyRows(route, base).filter((r) => !r.cls.startsWith('proto:'))
		);
	}
	return rows;
}

function publicationRows(): Row[] {
	const route = 'POST /api/qep/publications';
	const base: BaseOf<StaffCtx> = () => ({
		path: '/api/qep/publications',
		as: 'referent',
		body: { label: 'Résultats de janvier', from: '2026-01-01', to: '2026-01-31' },
		expect: { counted: ['publications'] }
	});
	const rows: Row[] = [
		...fieldRows(route, base, [
			{ path: ['label'], kind: 'text' },
			{ path: ['from'], kind: 'day' },
			{ path: ['to'], kind: 'day' }
		]),
		...callerRows(route, base, ['none', 'forged', 'kiosk', 'agent']),
		...bodyRows(route, base).filter((r) => !r.cls.startsWith('proto:'))
	];
	for (const format of ['csv', 'json']) {
		const read: BaseOf<StaffCtx> = ({ publication }) => ({
			method: 'GET',
			path: `/api/qep/publications/${publication.id}/data.${format}`,
			as: 'none',
			body: undefined,
			expect: { counted: ['publications'] }
		});
		rows.push(
			...pathRows(`GET /api/qep/publications/{id}/data.${format}`, read, (b, id) =>
				b.path.replace(/publications\/[^/]+\//, `publications/${id}/`)
			)
		);
	}
	return rows;
}

/** Hostile query values (already URL-encoded) for a query parameter. */
const QUERY_VALUES: [string, (valid: string) => string][] = [
	['proto:__proto__', () => '__proto__'],
	['proto:constructor', () => 'constructor'],
	['proto:toString', () => 'toString'],
	['huge:string', () => HUGE.slice(0, 100_000)],
	['unicode:rtl-override', (v) => `%E2%80%AE${v}`],
	['unicode:nul', (v) => `${v}%00`],
	['unicode:bad-utf8', (v) => `${v}%FF%FE`],
	['id:traversal', () => '..%2F..%2Fx'],
	['sql:quote', () => "'%20OR%201%3D1%20--"],
	...IMPOSSIBLE_DAYS.map((d): [string, () => string] => [`date:${d}`, () => d])
];

/**
 * One row per hostile value of each query parameter, sent `as` a caller who may read the route, and the
 * valid query from each of `callers`, who may not.
 */
function queryRows(
	route: string,
	path: string,
	valid: Record<string, string>,
	params: string[],
	{ as = 'agent', callers = ['none', 'forged', 'kiosk'] }: { as?: Caller; callers?: Caller[] } = {}
): Row[] {
	const rows: Row[] = [];
	const query = (q: Record<string, string>, extra = '') =>
		`${path}?${Object.entries(q)
			.map(([k, v]) => `${k}=${v}`)
			.join('&')}${extra}`;
	const get = (field: string, cls: string, url: string): Row => ({
		route,
		field,
		cls,
		build: () => ({ req: { method: 'GET', path: url, as }, expect: { counted: WORKFLOW_ROWS } })
	});
	for (const param of params) {
		const v = valid[param] ?? '';
		for (const [cls, make] of QUERY_VALUES) rows.push(get(param, cls, query({ ...valid, [param]: make(v) })));
		rows.push(get(param, 'type:array', query(valid, `&${param}=${v || 'x'}&${param}=zzz`)));
		rows.push(get(param, 'type:object', query(valid, `&${param}[__proto__]=x`)));
	}
	rows.push(get('query', 'proto:__proto__-key', query(valid, '&__proto__=x&constructor[prototype]=y')));
	rows.push(get('query', 'unicode:bad-utf8-key', query(valid, '&%FF%FE=1')));
	for (const caller of callers)
		rows.push({
			route,
			field: 'caller',
			cls: `caller:${caller}`,
			build: () => ({
				req: { method: 'GET', path: query(valid), as: caller },
				expect: { counted: WORKFLOW_ROWS }
			})
		});
	return rows;
}

/** What is held about a person (by e-mail or by reference), with or without the files: administrators. */
function rightsQueryRows(): Row[] {
	const rows: Row[] = [];
	for (const path of ['/api/qep/rights', '/api/qep/rights/export']) {
		const options = { as: 'admin' as const, callers: NOT_ADMIN };
		rows.push(
			...queryRows(`GET ${path} (email)`, path, { email: 'personne@example.org' }, ['email'], options),
			...queryRows(`GET ${path} (reference)`, path, { reference: '2026-R-000001' }, ['reference'], options)
		);
	}
	return rows;
}

/**
 * The status routes take no input but who asks (and junk in the query): refused to all but administrators;
 * the alert check is only sent by callers it refuses, since an administrator's would run the alert watch.
 */
function statusRows(): Row[] {
	const request = (route: string, method: 'GET' | 'POST', path: string, as: Caller, cls: string): Row => ({
		route,
		field: cls.startsWith('caller:') ? 'caller' : 'query',
		cls,
		build: () => ({
			req: { method, path, as, body: method === 'POST' ? '{}' : undefined },
			expect: { counted: WORKFLOW_ROWS }
		})
	});
	const rows: Row[] = [];
	for (const as of NOT_ADMIN) {
		rows.push(request('GET /api/qep/status', 'GET', '/api/qep/status', as, `caller:${as}`));
		rows.push(request('POST /api/qep/status/check', 'POST', '/api/qep/status/check', as, `caller:${as}`));
	}
	rows.push(
		request(
			'GET /api/qep/status',
			'GET',
			'/api/qep/status?__proto__[healthy]=true&constructor=x',
			'admin',
			'proto:query'
		),
		request('GET /api/qep/status', 'GET', `/api/qep/status?x=${'y'.repeat(6000)}`, 'admin', 'huge:query'),
		request('GET /api/qep/status', 'GET', '/api/qep/status?healthy=%00%FF%E2%80%AE', 'admin', 'unicode:query')
	);
	return rows;
}

function kioskRows(): Row[] {
	const counted: CountKey[] = ['kiosks'];
	const enrolment: BaseOf<StaffCtx> = ({ w }) => ({
		path: `/api/qep/kiosks/${w.kiosk.id}/enrolment`,
		as: 'referent',
		body: {},
		expect: { counted, watch: [{ collection: 'kiosks', id: w.kiosk.id }] }
	});
	const pin: BaseOf<StaffCtx> = ({ w }) => ({
		path: `/api/qep/kiosks/${w.kiosk.id}/pin`,
		as: 'referent',
		body: { salt: '0123456789abcdef0123456789abcdef', hash: 'ab'.repeat(32), iterations: 100_000 },
		expect: { counted, watch: [{ collection: 'kiosks', id: w.kiosk.id }] }
	});
	// The path's id is refused before anything is written; the valid one is left out (it would enrol).
	const withId = (b: Base, id: string) => b.path.replace(/kiosks\/[^/]+\//, `kiosks/${id}/`);
	return [
		...pathRows('POST /api/qep/kiosks/{id}/enrolment', enrolment, withId),
		...callerRows('POST /api/qep/kiosks/{id}/enrolment', enrolment, ['none', 'forged', 'kiosk', 'agent']),
		...fieldRows('POST /api/qep/kiosks/{id}/pin', pin, [
			{ path: ['salt'], kind: 'enum' },
			{ path: ['hash'], kind: 'enum' },
			{ path: ['iterations'], kind: 'int' }
		]),
		...callerRows('POST /api/qep/kiosks/{id}/pin', pin, ['none', 'forged', 'kiosk', 'agent']),
		...bodyRows('POST /api/qep/kiosks/{id}/pin', pin).filter((r) => !r.cls.startsWith('proto:'))
	];
}

/** The complaint workflow, transcription, and an administrator's corrections and erasures. */
export const workflowTable = (): Row[] => [...actionRows(), ...transcriptionRows(), ...rightsRows()];
/** Questionnaires, settings, publications, indicators, inbox, rights, retention, status, kiosks. */
export const cockpitTable = (): Row[] => [
	...questionnaireRows(),
	...settingsRows(),
	...alertRows(),
	...publicationRows(),
	...queryRows('GET /api/qep/indicators', '/api/qep/indicators', { from: '2026-01-01', to: '2026-01-31' }, [
		'from',
		'to',
		'site',
		'point',
		'channel',
		'engagement',
		'by',
		'compare_from',
		'compare_to'
	]),
	...queryRows('GET /api/qep/inbox', '/api/qep/inbox', {}, [
		'status',
		'site',
		'service',
		'kind',
		'engagement',
		'channel',
		'from',
		'to',
		'q',
		'page'
	]),
	...rightsQueryRows(),
	...queryRows('GET /api/qep/retention/expiring', '/api/qep/retention/expiring', { days: '30' }, ['days'], {
		as: 'referent',
		callers: ['none', 'forged', 'kiosk', 'agent']
	}),
	// The register takes no input but who asks.
	...queryRows('GET /api/qep/register', '/api/qep/register', {}, [], {
		as: 'referent',
		callers: ['none', 'forged', 'kiosk', 'agent']
	}),
	...statusRows(),
	...kioskRows()
];
