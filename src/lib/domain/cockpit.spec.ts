import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { actionItemSchema, actionTriggerSchema, publicationSchema } from './cockpit';

const trigger = { from: '2026-10-01', to: '2026-10-31', by: 'site', key: 's1', n: 40, rate: 0.5 };

describe('an action’s trigger', () => {
	it('keeps a rate of null (too few answers) and refuses one outside 0–1', () => {
		expect(actionTriggerSchema.parse({ ...trigger, rate: null })).toEqual({ ...trigger, rate: null });
		const result = actionTriggerSchema.safeParse({ ...trigger, rate: 1.2 });
		expect(result.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([[['rate'], 'too_big']]);
	});

	it('refuses a negative or fractional count', () => {
		expect(actionTriggerSchema.safeParse({ ...trigger, n: -1 }).success).toBe(false);
		expect(actionTriggerSchema.safeParse({ ...trigger, n: 2.5 }).success).toBe(false);
	});
});

describe('an action item', () => {
	const item = { title: 'Accueil', status: 'open' };

	it('takes no trigger, a null one, or a whole one', () => {
		expect(actionItemSchema.parse(item)).toEqual(item);
		expect(actionItemSchema.parse({ ...item, trigger: null })).toEqual({ ...item, trigger: null });
		expect(actionItemSchema.parse({ ...item, trigger })).toEqual({ ...item, trigger });
	});

	it('tells the contract test that the trigger and the snapshot are PocketBase json fields', () => {
		const triggerField = actionItemSchema.shape.trigger._zod.def.innerType;
		expect(z.globalRegistry.get(triggerField)?.pb).toBe('json');
		expect(z.globalRegistry.get(publicationSchema.shape.snapshot)?.pb).toBe('json');
	});
});
