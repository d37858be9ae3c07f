import { describe, expect, test } from 'vitest';
import { viewFollower } from './view-follower';

describe('viewFollower', () => {
	test('the first view is new, even an empty one', () => {
		expect(viewFollower()('')).toBe(true);
	});

	test('the same view again is not new; another one is, and so is a return to the first', () => {
		const isNew = viewFollower();
		expect(isNew('status=open')).toBe(true);
		expect(isNew('status=open')).toBe(false);
		expect(isNew('status=closed')).toBe(true);
		expect(isNew('status=open')).toBe(true);
	});

	test('each follower remembers its own view', () => {
		const a = viewFollower();
		const b = viewFollower();
		a('x=1');
		expect(b('x=1')).toBe(true);
		expect(a('x=1')).toBe(false);
	});
});
