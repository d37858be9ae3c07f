import { describe, expect, it } from 'vitest';
import { trackingLink } from './tracking-link';

describe('trackingLink', () => {
	it('keeps the token in the fragment', () => {
		expect(trackingLink('https://pref.example', 'abc_-')).toBe('https://pref.example/suivi#abc_-');
	});
});
