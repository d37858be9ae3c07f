import { describe, expect, test } from 'vitest';
import { anyEntered } from './entered';

describe('anything entered on a kiosk form', () => {
	test('blank strings, empty lists and nothing at all are not an entry', () => {
		expect(anyEntered([])).toBe(false);
		expect(anyEntered(['', '   ', '\n\t', []])).toBe(false);
		expect(anyEntered([undefined, null, 0, false])).toBe(false);
	});

	test('one typed value or one chosen file is enough', () => {
		expect(anyEntered(['', 'À moitié écrit'])).toBe(true);
		expect(anyEntered(['complaint'])).toBe(true);
		expect(anyEntered(['', [new Blob(['x'])]])).toBe(true);
	});
});
