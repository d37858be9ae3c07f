import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval, formatNet, formatPoints, formatRate, percentOf } from './format';

// Intl separates "72,4" and "%" with a narrow no-break space in French.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('figures on the board', () => {
	it('rounds rates to one decimal of a per cent', () => {
		expect(percentOf(0.72444)).toBe(72.4);
		expect(percentOf(0.72451)).toBe(72.5);
		expect(plain(formatRate(0.72444, 'fr'))).toBe('72,4 %');
		expect(formatRate(0.72444, 'en')).toBe('72.4%');
		expect(formatRate(null, 'fr')).toBe('—');
	});

	it('signs changes in points', () => {
		expect(formatPoints(3.14, 'fr')).toBe('+3,1');
		expect(formatPoints(-12.5, 'fr')).toBe('−12,5');
		expect(formatPoints(0, 'fr')).toBe('0,0');
		expect(formatPoints(null, 'fr')).toBe('—');
		expect(formatNet(0.5, 'fr')).toBe('+50,0');
	});

	it('writes an interval and a count', () => {
		expect(plain(formatInterval(0.6452, 0.8319, 'fr'))).toBe('64,5 – 83,2 %');
		expect(formatInterval(null, 0.5, 'fr')).toBe('—');
		expect(plain(formatCount(1234, 'fr'))).toBe('1 234');
	});
});
