import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as plan from './action-plan';
import { fakePb } from './fake-client';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const action = {
	id: 'action000000001',
	title: 'Réduire l’attente',
	description: '',
	engagement: 'eng000000000001',
	site: '',
	reception_point: '',
	owner: '',
	due_date: '2026-12-31 00:00:00.000Z',
	status: 'open',
	trigger: {
		from: '2026-10-01',
		to: '2026-10-31',
		by: 'engagement',
		key: 'eng000000000001',
		n: 120,
		rate: 0.61
	},
	created: '2026-11-02 08:00:00.000Z',
	expand: { engagement: { number: 4, label: 'Un délai d’attente annoncé' } }
};
const note = {
	id: 'note00000000001',
	text: 'Fait.',
	author: 'staff0000000001',
	created: '2026-11-03 08:00:00.000Z'
};

beforeEach(() => fakePb.reset());

describe('the action plan client', () => {
	it('parses the plan and asks for the fields its schema reads', async () => {
		fakePb.answers.action_items = [action, { ...action, trigger: null, expand: undefined }];
		const { expand: _expand, ...bare } = action;
		expect(await plan.listActions({ expr: '', params: {} })).toEqual([action, { ...bare, trigger: null }]);
		expect(fakePb.optionsOf('action_items', 'getFullList').fields).toBe(
			'title,description,engagement,site,reception_point,owner,due_date,status,trigger,id,created,' +
				'expand.owner.name,expand.engagement.number,expand.engagement.label,expand.site.name,' +
				'expand.reception_point.name'
		);
	});

	it('parses an action and its notes', async () => {
		fakePb.answers.action_items = action;
		fakePb.answers.action_notes = [note];
		expect(await plan.loadAction(action.id)).toEqual({ action, notes: [note] });
	});

	it('rejects an action of an unknown status and a creation answer without its id', async () => {
		fakePb.answers.action_items = [{ ...action, status: 'postponed' }];
		await expect(plan.listActions({ expr: '', params: {} })).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers.action_items = {};
		await expect(plan.createAction({ title: action.title })).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
