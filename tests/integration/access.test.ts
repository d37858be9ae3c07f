// Who may do what: role × collection × operation against a real PocketBase, as the README's
// "Security" section says. Survey responses, suggestions and complaints come in through the routes only
// (/api/qep/ingest, /api/qep/complaints): their record API is closed to everyone but superusers. Staff
// change complaints and write their trail only through the workflow routes (see workflow.test.ts).
// Outcomes: ok (2xx; a list shows the record), none (a list answers without it), rejected (400),
// forbidden (403), missing (404: the rule hides the record).
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionSchemas } from '../../src/lib/domain/collections';
import { statusOf } from '../support/http';
import { ROLES, createWorld, superClient, unique, type Role, type World } from '../support/world';

type Outcome = 'ok' | 'none' | 'rejected' | 'forbidden' | 'missing';
type Op = 'list' | 'view' | 'create' | 'update' | 'delete';
type Row = [collection: string, op: Op, ...outcomes: Outcome[]];

// prettier-ignore
const TABLE: Row[] = [
	//                                  anonymous    kiosk        otherAgent   agent        referent     admin
	['sites', 'list',                   'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['sites', 'view',                   'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['sites', 'create',                 'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['sites', 'update',                 'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['sites', 'delete',                 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['reception_points', 'list',        'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['reception_points', 'view',        'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['reception_points', 'create',      'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['reception_points', 'update',      'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['reception_points', 'delete',      'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['engagements', 'list',             'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['engagements', 'view',             'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['engagements', 'create',           'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['engagements', 'update',           'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['engagements', 'delete',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['questionnaires', 'list',          'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['questionnaires', 'view',          'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['questionnaires', 'create',        'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['questionnaires', 'update',        'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['questionnaires', 'delete',        'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['questions', 'list',               'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['questions', 'view',               'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['questions', 'create',             'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['questions', 'update',             'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['questions', 'delete',             'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['policies', 'list',                'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['policies', 'view',                'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['policies', 'create',              'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['policies', 'update',              'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['policies', 'delete',              'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['staff', 'list',                   'none',      'none',      'ok',        'ok',        'ok',        'ok'],
	['staff', 'view',                   'missing',   'missing',   'ok',        'ok',        'ok',        'ok'],
	['staff', 'create',                 'rejected',  'rejected',  'rejected',  'rejected',  'rejected',  'ok'],
	['staff', 'update',                 'missing',   'missing',   'missing',   'missing',   'missing',   'ok'],
	['staff', 'delete',                 'missing',   'missing',   'missing',   'missing',   'missing',   'ok'],
	['kiosks', 'list',                  'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['kiosks', 'view',                  'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['kiosks', 'create',                'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['kiosks', 'update',                'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['kiosks', 'delete',                'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['survey_responses', 'list',        'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['survey_responses', 'view',        'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['survey_responses', 'create',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['survey_responses', 'update',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['survey_responses', 'delete',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['survey_answers', 'list',          'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['survey_answers', 'view',          'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['survey_answers', 'create',        'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['survey_answers', 'update',        'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['survey_answers', 'delete',        'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	// Written by the ingest, read by the staff-only indicators route: closed to the record API.
	['answer_counts', 'list',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['answer_counts', 'view',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['answer_counts', 'create',         'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['answer_counts', 'update',         'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['answer_counts', 'delete',         'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['suggestions', 'list',             'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['suggestions', 'view',             'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['suggestions', 'create',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	// A visitor's words are never edited (updateRule null since 1795900000_close_open_doors.js).
	['suggestions', 'update',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['suggestions', 'delete',           'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaints', 'list',              'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['complaints', 'view',              'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['complaints', 'create',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaints', 'update',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaints', 'delete',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaint_events', 'list',        'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['complaint_events', 'view',        'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['complaint_events', 'create',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaint_events', 'update',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['complaint_events', 'delete',      'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['action_items', 'list',            'none',      'none',      'ok',        'ok',        'ok',        'ok'],
	['action_items', 'view',            'missing',   'missing',   'ok',        'ok',        'ok',        'ok'],
	['action_items', 'create',          'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['action_items', 'update',          'missing',   'missing',   'missing',   'missing',   'ok',        'ok'],
	['action_items', 'delete',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['action_notes', 'list',            'none',      'none',      'ok',        'ok',        'ok',        'ok'],
	['action_notes', 'view',            'missing',   'missing',   'ok',        'ok',        'ok',        'ok'],
	['action_notes', 'create',          'rejected',  'rejected',  'rejected',  'rejected',  'ok',        'ok'],
	['action_notes', 'update',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['action_notes', 'delete',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['publications', 'list',            'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['publications', 'view',            'ok',        'ok',        'ok',        'ok',        'ok',        'ok'],
	['publications', 'create',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['publications', 'update',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['publications', 'delete',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['ops_events', 'list',              'none',      'none',      'none',      'none',      'none',      'ok'],
	['ops_events', 'view',              'missing',   'missing',   'missing',   'missing',   'missing',   'ok'],
	['ops_events', 'create',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['ops_events', 'update',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['ops_events', 'delete',            'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	// Written by the detection and the alerts' routes only; an agent sees the alerts of their sites.
	['alerts', 'list',                  'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['alerts', 'view',                  'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['alerts', 'create',                'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['alerts', 'update',                'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['alerts', 'delete',                'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['alert_events', 'list',            'none',      'none',      'none',      'ok',        'ok',        'ok'],
	['alert_events', 'view',            'missing',   'missing',   'missing',   'ok',        'ok',        'ok'],
	['alert_events', 'create',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['alert_events', 'update',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
	['alert_events', 'delete',          'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']
];

/** How each collection's records are made: `body` for a role's create, `target` for a fresh record to act on. */
interface Spec {
	body: (w: World, role: Role) => Record<string, unknown>;
	patch: (w: World) => Record<string, unknown>;
	target: (w: World, op: Op) => Promise<{ id: string }>;
}

// Records the specs point at, made once the world exists.
let world: World;
let draft: { id: string } | undefined;
let action: { id: string } | undefined;
let alert: { id: string } | undefined;
/** A closed alert on the world's first site. */
const alertOn = (w: World) => ({
	kind: 'lasting',
	scope: 'site',
	site: w.siteA.id,
	status: 'closed',
	opened_on: '2026-12-01'
});

let sequence = 0;
/** Distinct small numbers for fields with unique indexes (question positions, engagement numbers). */
const next = (from: number, to: number) => from + (sequence++ % (to - from + 1));

const channelFor = (role: Role, staffChannel: string) =>
	role === 'anonymous' ? 'web' : role === 'kiosk' ? 'kiosk' : staffChannel;
let countTargets = 0;
const viaSuper = (collection: string, data: (w: World) => Record<string, unknown>) => (w: World) =>
	w.su.collection(collection).create(data(w));

const SPECS: Record<string, Spec> = {
	sites: {
		body: (w) => w.make.site(),
		patch: () => ({ contact_address: 'Nouvelle adresse' }),
		target: viaSuper('sites', (w) => w.make.site())
	},
	reception_points: {
		body: (w) => ({ site: w.siteA.id, name: 'Point numérique', slug: unique('p'), kind: 'point_numerique' }),
		patch: () => ({ name: 'Point numérique (renommé)' }),
		target: viaSuper('reception_points', (w) => ({
			site: w.siteA.id,
			name: 'Guichet',
			slug: unique('g'),
			kind: 'autre'
		}))
	},
	engagements: {
		body: () => ({ module: 1, number: next(50, 99), theme: 'Test', label: 'Engagement de test' }),
		patch: () => ({ theme: 'Dispositions générales' }),
		target: (w) => Promise.resolve(w.engagement)
	},
	questionnaires: {
		body: (w) => w.make.questionnaire('draft'),
		patch: () => ({ title: { fr: 'Votre avis compte', en: 'Your opinion counts' } }),
		// Only drafts change (an active version is frozen: see cockpit.test.ts); list and view act on an active one.
		target: (w, op) =>
			w.su
				.collection('questionnaires')
				.create(w.make.questionnaire(op === 'update' || op === 'delete' ? 'draft' : 'active'))
	},
	questions: {
		// Questions are written in a draft version only; list and view act on the active one's.
		body: () => ({
			questionnaire: draft!.id,
			engagement: world.engagement.id,
			position: next(2, 100),
			label: { fr: 'Q ?' }
		}),
		patch: () => ({ label: { fr: 'Question reformulée ?' } }),
		target: (w, op) =>
			w.su.collection('questions').create({
				questionnaire: op === 'list' || op === 'view' ? w.questionnaire.id : draft!.id,
				engagement: w.engagement.id,
				position: next(2, 100),
				label: { fr: 'Q ?' }
			})
	},
	action_items: {
		body: () => ({ title: 'Réduire l’attente', status: 'open' }),
		patch: () => ({ status: 'in_progress' }),
		target: viaSuper('action_items', () => ({ title: 'Réduire l’attente', status: 'open' }))
	},
	action_notes: {
		body: (w, role) => ({
			action: action!.id,
			author: role in w.people ? w.people[role as keyof World['people']].id : w.people.referent.id,
			text: 'Point d’étape'
		}),
		patch: () => ({ text: 'Réécrit' }),
		target: viaSuper('action_notes', (w) => ({
			action: action!.id,
			author: w.people.referent.id,
			text: 'Note'
		}))
	},
	alerts: {
		body: (w) => alertOn(w),
		patch: () => ({ status: 'closed' }),
		// Closed: the live alerts are one per kind and place.
		target: viaSuper('alerts', (w) => alertOn(w))
	},
	alert_events: {
		body: () => ({ alert: alert!.id, type: 'acknowledged', data: { comment: 'Vu' } }),
		patch: () => ({ type: 'closed' }),
		target: viaSuper('alert_events', () => ({ alert: alert!.id, type: 'opened' }))
	},
	ops_events: {
		body: () => ({ kind: 'alert', key: 'forged', outcome: 'cleared' }),
		patch: () => ({ outcome: 'cleared' }),
		target: viaSuper('ops_events', () => ({ kind: 'alert', key: `test-${sequence++}`, outcome: 'raised' }))
	},
	publications: {
		body: () => ({ label: 'Résultats', period_from: '2026-01-01', period_to: '2026-01-31', snapshot: {} }),
		patch: () => ({ label: 'Résultats corrigés' }),
		target: viaSuper('publications', () => ({
			label: 'Résultats de janvier',
			period_from: '2026-01-01',
			period_to: '2026-01-31',
			snapshot: { cells: [] }
		}))
	},
	policies: {
		body: () => ({
			organisation_name: 'Autre',
			complaint_deadline_days: 15,
			information_deadline_days: 5,
			satisfaction_threshold: 0.75,
			minimum_sample: 10,
			retention_months: 36,
			log_retention_days: 30
		}),
		patch: () => ({ minimum_sample: 10 }),
		target: (w) => w.su.collection('policies').getFirstListItem('')
	},
	staff: {
		body: (w) => w.make.staff('agent', [w.siteA.id]),
		patch: () => ({ name: 'Nom modifié' }),
		target: viaSuper('staff', (w) => w.make.staff('agent', [w.siteA.id]))
	},
	kiosks: {
		body: (w) => w.make.kiosk(),
		patch: () => ({ name: 'Borne renommée' }),
		target: viaSuper('kiosks', (w) => w.make.kiosk())
	},
	survey_responses: {
		body: (w, role) => w.make.response(channelFor(role, 'paper')),
		patch: () => ({ comment: 'modifié' }),
		target: viaSuper('survey_responses', (w) => w.make.response('web'))
	},
	survey_answers: {
		body: (w) => w.make.answer(),
		patch: () => ({ value: 'dissatisfied' }),
		target: async (w) => {
			const response = await w.su.collection('survey_responses').create(w.make.response('web'));
			return w.su.collection('survey_answers').create({ ...w.make.answer(), response: response.id });
		}
	},
	answer_counts: {
		body: (w) => ({ ...w.make.answer(), reception_point: '', n: 1 }),
		patch: () => ({ n: 1000 }),
		target: viaSuper('answer_counts', (w) => {
			const { response: _response, ...answer } = w.make.answer();
			// A day of its own for each target: the counts are unique per day, site, point, channel, question, value.
			const day = new Date(Date.UTC(2001, 0, 1 + countTargets++)).toISOString().slice(0, 10);
			return { ...answer, day, n: 3 };
		})
	},
	suggestions: {
		body: (w, role) => w.make.suggestion(channelFor(role, 'paper')),
		patch: () => ({ status: 'read' }),
		target: viaSuper('suggestions', (w) => w.make.suggestion('web'))
	},
	complaints: {
		body: (w, role) => w.make.complaint(channelFor(role, 'letter')),
		patch: () => ({ service: 'Bureau des étrangers' }),
		target: viaSuper('complaints', (w) => w.make.complaint('web'))
	},
	complaint_events: {
		body: (w, role) => ({
			complaint: w.complaint.id,
			type: 'note',
			actor: role in w.people ? w.people[role as keyof World['people']].id : '',
			data: { text: 'Appel du demandeur' }
		}),
		patch: () => ({ type: 'answered' }),
		target: viaSuper('complaint_events', (w) => ({ complaint: w.complaint.id, type: 'received' }))
	}
};

async function attempt(w: World, role: Role, collection: string, op: Op): Promise<Outcome> {
	const spec = SPECS[collection]!;
	const api = w.clients[role].collection(collection);
	// The record to act on is made outside the try: a failure there is the test's, not the rule's.
	const target = op === 'create' ? null : await spec.target(w, op);
	try {
		if (!target) {
			await api.create(spec.body(w, role));
			return 'ok';
		}
		if (op === 'list') {
			const page = await api.getList(1, 1, { filter: w.su.filter('id = {:id}', { id: target.id }) });
			return page.items.some((r) => r.id === target.id) ? 'ok' : 'none';
		}
		if (op === 'view') await api.getOne(target.id);
		if (op === 'update') await api.update(target.id, spec.patch(w));
		if (op === 'delete') await api.delete(target.id);
		return 'ok';
	} catch (error) {
		if (!(error instanceof ClientResponseError)) throw error;
		const byStatus: Record<number, Outcome> = { 400: 'rejected', 403: 'forbidden', 404: 'missing' };
		const outcome = byStatus[error.status];
		if (!outcome)
			throw new Error(
				`${role} ${op} ${collection}: unexpected ${error.status} ${JSON.stringify(error.response)}`,
				{
					cause: error
				}
			);
		return outcome;
	}
}

describe('access rules', () => {
	beforeAll(async () => {
		world = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
		draft = await world.su.collection('questionnaires').create(world.make.questionnaire('draft'));
		action = await world.su.collection('action_items').create({ title: 'Action du plan', status: 'open' });
		alert = await world.su.collection('alerts').create(alertOn(world));
	});

	it('covers every collection with all five operations', () => {
		const covered = new Set(TABLE.map(([collection, op]) => `${collection}:${op}`));
		expect(Object.keys(SPECS).sort()).toEqual(Object.keys(collectionSchemas).sort());
		expect(covered.size).toBe(Object.keys(SPECS).length * 5);
	});

	for (const [collection, op, ...outcomes] of TABLE) {
		it(`${collection} ${op}: ${ROLES.map((r, i) => `${r}=${outcomes[i]}`).join(' ')}`, async () => {
			const actual: Outcome[] = [];
			for (const role of ROLES) actual.push(await attempt(world, role, collection, op));
			expect(actual).toEqual(outcomes);
		});
	}
});

// PocketBase's own collections: no role but the superuser reads or writes them through the API.
const SYSTEM = ['_superusers', '_mfas', '_otps', '_externalAuths', '_authOrigins'];

describe('every collection is covered', () => {
	let su: PocketBase;
	beforeAll(async () => {
		su = await superClient(inject('pbUrl'), inject('superuser'));
	});

	it('lists no collection outside the role table and the system collections', async () => {
		const { items } = await su.send<{ items: { name: string; system: boolean }[] }>('/api/collections', {
			query: { perPage: 200 }
		});
		const covered = new Set([...TABLE.map(([collection]) => collection), ...SYSTEM]);
		const names = items.map((c) => c.name);
		expect(names.filter((name) => !covered.has(name))).toEqual([]);
		expect(names).not.toContain('users');
	});

	it('has no default `users` collection: nobody can open an account there', async () => {
		const response = await fetch(`${inject('pbUrl')}/api/collections/users/records`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				email: `${unique('intruder')}@tests.invalid`,
				password: 'password-0000',
				passwordConfirm: 'password-0000'
			})
		});
		expect(response.status).toBe(404);
		expect(await statusOf(su.collection('users').getList(1, 1))).toBe(404);
	});

	for (const collection of SYSTEM) {
		it(`${collection}: closed to every role but the superuser`, async () => {
			const w = world;
			const existing = (await su.collection(collection).getList(1, 1)).items[0];
			for (const role of ROLES) {
				const api = w.clients[role].collection(collection);
				const listed = await api.getList(1, 50).then(
					(page) => (page.items.some((r) => r.id === existing?.id) ? 'ok' : 'none'),
					(error: ClientResponseError) => error.status
				);
				expect([`none`, 403], `${role} list`).toContain(listed);
				expect([400, 403], `${role} create`).toContain(await statusOf(api.create({ email: 'x@y.org' })));
				if (existing) {
					expect([403, 404], `${role} view`).toContain(await statusOf(api.getOne(existing.id)));
					expect([403, 404], `${role} update`).toContain(await statusOf(api.update(existing.id, {})));
					expect([403, 404], `${role} delete`).toContain(await statusOf(api.delete(existing.id)));
				}
			}
			if (existing) expect((await su.collection(collection).getOne(existing.id)).id).toBe(existing.id);
		});
	}
});
