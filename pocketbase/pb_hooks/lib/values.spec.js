import { describe, expect, it } from 'vitest';
import {
	isId,
	isRealDay,
	isInstant,
	visibleText,
	isCleanText,
	isObject,
	own,
	textCode,
	objectFromJson
} from './values.js';

describe('isRealDay', () => {
	it('accepts days that exist', () => {
		for (const day of ['2026-01-01', '2024-02-29', '2026-12-31', '2000-01-01', '2100-12-31'])
			expect(isRealDay(day), day).toBe(true);
	});
	it('refuses days that do not exist, odd shapes and broken clocks', () => {
		for (const day of [
			'2026-11-31',
			'2026-02-30',
			'2025-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-01-00',
			'1999-12-31',
			'2101-01-01',
			'9999-12-31',
			'0001-01-01',
			'2026-1-01',
			' 2026-01-01',
			'2026-01-01T00:00:00Z',
			20260101,
			null,
			undefined,
			['2026-01-01'],
			{ day: '2026-01-01' }
		])
			expect(isRealDay(day), String(day)).toBe(false);
	});
});

describe('isInstant', () => {
	it('accepts ISO instants with an offset', () => {
		for (const v of ['2026-12-05T09:30:00Z', '2026-12-05T09:30:00.123Z', '2026-12-05T09:30+01:00'])
			expect(isInstant(v), v).toBe(true);
	});
	it('refuses impossible, extreme or offset-less instants', () => {
		for (const v of [
			'9999-12-31T00:00:00Z',
			'0001-01-01T00:00:00Z',
			'2026-02-30T10:00:00Z',
			'2026-12-05T24:00:00Z',
			'2026-12-05T10:60:00Z',
			'2026-12-05T10:00:00',
			'yesterday',
			1764930000000,
			null
		])
			expect(isInstant(v), String(v)).toBe(false);
	});
});

describe('text', () => {
	it('sees nothing in zero-width, bidirectional and control characters', () => {
		expect(visibleText('\u200b'.repeat(12))).toBe('');
		expect(visibleText('\u202e\u2066\ufeff \u00ad')).toBe('');
		expect(visibleText(' a\u200bb ')).toBe('ab');
		expect(visibleText('مرحبا')).toBe('مرحبا');
	});
	it('refuses lone surrogates and controls, keeps emoji and line breaks', () => {
		expect(isCleanText('ok 👍\nline\ttab')).toBe(true);
		expect(isCleanText('\ud800')).toBe(false);
		expect(isCleanText('a\udc00b')).toBe(false);
		expect(isCleanText('nul\u0000')).toBe(false);
		expect(isCleanText('bad bytes \ufffd here')).toBe(false);
		expect(isCleanText(42)).toBe(false);
	});
});

describe('shapes', () => {
	it('tells ids, objects and own keys apart from look-alikes', () => {
		expect(isId('abcdefghij12345')).toBe(true);
		expect(isId('__proto__')).toBe(false);
		expect(isId('../../x')).toBe(false);
		expect(isObject({})).toBe(true);
		expect(isObject([])).toBe(false);
		expect(isObject(null)).toBe(false);
		expect(own({}, '__proto__')).toBeUndefined();
		expect(own({}, 'constructor')).toBeUndefined();
		expect(own({ a: 1 }, 'a')).toBe(1);
	});
});

describe('textCode', () => {
	it('wants a string with enough visible characters', () => {
		expect(textCode('  Attente  ', 3, 10)).toBeNull();
		expect(textCode(undefined, 3, 10)).toBe('required');
		expect(textCode(null, 0, 10)).toBeNull();
		expect(textCode('', 0, 10)).toBeNull();
		expect(textCode('   ', 1, 10)).toBe('required');
		expect(textCode('\u200b'.repeat(12), 1, 100)).toBe('required');
		expect(textCode('\u200b\u200b', 0, 100)).toBe('invalid');
		expect(textCode('a\u200b\u200bb', 3, 100)).toBe('too_short');
		expect(textCode('x'.repeat(11), 1, 10)).toBe('too_long');
	});
	it('never coerces: objects, arrays, numbers and booleans are invalid, as are controls', () => {
		for (const v of [{ a: 'bbbbbbbbbbbb' }, ['note'], 42, true, 'nul\u0000x', '\udc00abc'])
			expect(textCode(v, 1, 100), String(v)).toBe('invalid');
	});
});

describe('objectFromJson', () => {
	it('reads a JSON object and nothing else', () => {
		expect(objectFromJson('{"to":"waiting"}')).toEqual({ to: 'waiting' });
		for (const text of ['', 'nope', '[1]', 'null', '"x"', '3', undefined])
			expect(objectFromJson(text), String(text)).toBeNull();
	});
});
