import { describe, expect, it } from 'vitest';
import { pageCount, pageWindow } from './pagination';

describe('pagination', () => {
	it('counts pages of 50', () => {
		expect(pageCount(0, 50)).toBe(1);
		expect(pageCount(50, 50)).toBe(1);
		expect(pageCount(51, 50)).toBe(2);
	});

	it('links the ends and the neighbours of the current page', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
		expect(pageWindow(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
		expect(pageWindow(1, 12)).toEqual([1, 2, null, 12]);
		expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
	});
});
