import { describe, expect, it } from 'vitest';
import { acknowledge, actionFrom, closeByReferent } from './alert-life.js';

const NOW = '2026-12-04T09:30:00.000Z';
const open = { status: 'open', action: '', kind: 'lasting' };
const acknowledged = { status: 'acknowledged', action: '', kind: 'lasting' };
const closed = { status: 'closed', action: '', kind: 'lasting' };

describe('acknowledging an alert', () => {
	it('records who and when, and the comment trimmed', () => {
		expect(acknowledge(open, { comment: '  Vu avec le chef de bureau. ' }, 'staff0000000001', NOW)).toEqual({
			patch: { status: 'acknowledged', acknowledged_by: 'staff0000000001', acknowledged_at: NOW },
			event: { comment: 'Vu avec le chef de bureau.' }
		});
		expect(acknowledge(open, {}, 'staff0000000001', NOW)).toMatchObject({ event: { comment: '' } });
	});

	it('refuses an alert no longer open, a bad comment and unknown fields, each by its code', () => {
		expect(acknowledge(acknowledged, {}, 's', NOW)).toEqual({ errors: { status: 'acknowledged' } });
		expect(acknowledge(closed, {}, 's', NOW)).toEqual({ errors: { status: 'closed' } });
		expect(acknowledge(open, { comment: 42, by: 'x' }, 's', NOW)).toEqual({
			errors: { comment: 'invalid', by: 'unknown' }
		});
		expect(acknowledge(open, { comment: 'x'.repeat(1001) }, 's', NOW)).toEqual({
			errors: { comment: 'too_long' }
		});
	});
});

describe('closing an alert by the referent', () => {
	it('needs a reason, and an alert not closed yet', () => {
		expect(closeByReferent(acknowledged, { reason: ' Travaux terminés ' }, 'staff0000000002', NOW)).toEqual({
			patch: {
				status: 'closed',
				closed_by: 'staff0000000002',
				closed_at: NOW,
				close_reason: 'Travaux terminés'
			},
			event: { by: 'referent', reason: 'Travaux terminés' }
		});
		expect(closeByReferent(open, {}, 's', NOW)).toEqual({ errors: { reason: 'required' } });
		expect(closeByReferent(open, { reason: '\u200b\u200b\u200b' }, 's', NOW)).toEqual({
			errors: { reason: 'required' }
		});
		expect(closeByReferent(open, { reason: 'ok' }, 's', NOW)).toEqual({ errors: { reason: 'too_short' } });
		expect(closeByReferent(open, { reason: 'x'.repeat(501) }, 's', NOW)).toEqual({
			errors: { reason: 'too_long' }
		});
		expect(closeByReferent(closed, { reason: 'Réglé' }, 's', NOW)).toEqual({ errors: { status: 'closed' } });
	});
});

describe('an action made from an alert', () => {
	const ctx = {
		actorId: 'staff0000000002',
		nowISO: NOW,
		proposedTitle: 'Satisfaction sous le seuil – Accueil'
	};

	it('takes the proposed title unless one is given, and acknowledges an open alert', () => {
		expect(actionFrom(open, {}, ctx)).toEqual({
			title: 'Satisfaction sous le seuil – Accueil',
			dueDate: '',
			patch: { status: 'acknowledged', acknowledged_by: 'staff0000000002', acknowledged_at: NOW }
		});
		expect(actionFrom(acknowledged, { title: ' Renfort du lundi ', due_date: '2027-01-15' }, ctx)).toEqual({
			title: 'Renfort du lundi',
			dueDate: '2027-01-15',
			patch: {}
		});
	});

	it('refuses a bad title or day, a closed alert, and a second action', () => {
		expect(actionFrom(open, { title: 'ab', due_date: '2027-02-30' }, ctx)).toEqual({
			errors: { title: 'too_short', due_date: 'invalid' }
		});
		expect(actionFrom(open, { title: ['Renfort'], owner: 'x' }, ctx)).toEqual({
			errors: { title: 'invalid', owner: 'unknown' }
		});
		expect(actionFrom(open, { due_date: '2026-12-02' }, ctx)).toEqual({ errors: { due_date: 'past' } });
		expect(actionFrom(open, { due_date: '2031-12-05' }, ctx)).toEqual({ errors: { due_date: 'too_far' } });
		expect(actionFrom(open, { due_date: '2031-12-04' }, ctx)).toMatchObject({ dueDate: '2031-12-04' });
		expect(actionFrom(open, { due_date: '2026-12-03' }, ctx)).toMatchObject({ dueDate: '2026-12-03' });
		expect(actionFrom(closed, {}, ctx)).toEqual({ errors: { status: 'closed' } });
		expect(actionFrom({ ...open, kind: 'silent' }, {}, ctx)).toEqual({ errors: { kind: 'not_allowed' } });
		expect(actionFrom({ ...acknowledged, action: 'action000000001' }, {}, ctx)).toEqual({
			errors: { action: 'exists' }
		});
	});
});
