import { describe, expect, it } from 'vitest';
import { addClosure, closuresOf, removeClosure } from './closures';

describe('closure days', () => {
	it('are added in date order', () => {
		expect(addClosure(['2026-12-24'], ' 2026-05-08 ')).toEqual({ days: ['2026-05-08', '2026-12-24'] });
	});

	it('refuse an empty, impossible or repeated day', () => {
		expect(addClosure([], '')).toEqual({ error: 'required' });
		expect(addClosure([], '2026-02-30')).toEqual({ error: 'invalid' });
		expect(addClosure(['2026-12-24'], '2026-12-24')).toEqual({ error: 'duplicate' });
	});

	it('are removed one at a time', () => {
		expect(removeClosure(['2026-05-08', '2026-12-24'], '2026-05-08')).toEqual(['2026-12-24']);
	});

	it('read from the stored value, whatever it holds', () => {
		expect(closuresOf(null)).toEqual([]);
		expect(closuresOf(['2026-12-24', 'x', 3, '2026-05-08', '2026-12-24'])).toEqual([
			'2026-05-08',
			'2026-12-24'
		]);
	});
});
