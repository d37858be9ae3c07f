import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATUSES } from '$lib/domain/complaint';
import { ACTIONS, allowedActions, canAnswer } from './actions';

// The server's own table of allowed moves: the buttons must never offer one it refuses.
const require = createRequire(import.meta.url);
const { canTransition } = require('../../../pocketbase/pb_hooks/lib/workflow.js') as {
	canTransition: (from: string, to: string) => boolean;
};

describe('allowed actions', () => {
	it('offers, per status, the moves of the workflow', () => {
		expect(allowedActions('received')).toEqual(['take', 'pause']);
		expect(allowedActions('in_progress')).toEqual(['pause']);
		expect(allowedActions('waiting')).toEqual(['resume']);
		expect(allowedActions('answered')).toEqual(['close', 'reopen']);
		expect(allowedActions('closed')).toEqual(['reopen']);
		expect(allowedActions('')).toEqual([]);
	});

	it.each(COMPLAINT_STATUSES)(
		'offers from %s only moves the server accepts, and all of them but the answer',
		(status) => {
			const offered = allowedActions(status).map((action) => ACTIONS[action].to);
			for (const to of offered) expect(canTransition(status, to)).toBe(true);
			const accepted = COMPLAINT_STATUSES.filter((to) => to !== 'answered' && canTransition(status, to));
			expect([...new Set(offered)].sort()).toEqual([...accepted].sort());
			expect(canAnswer(status)).toBe(canTransition(status, 'answered'));
		}
	);
});
