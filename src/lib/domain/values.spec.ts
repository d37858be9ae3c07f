import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCleanText, isInstant, isRealDay, visibleText } from './values';

interface ServerValues {
	isRealDay(v: unknown): boolean;
	isInstant(v: unknown): boolean;
	isCleanText(v: unknown): boolean;
	visibleText(v: string): string;
}
let server: ServerValues;
beforeAll(async () => {
	// Loaded at run time: the hooks' CommonJS is not part of the typed program.
	const file = new URL('../../../pocketbase/pb_hooks/lib/values.js', import.meta.url).href;
	const mod = (await import(/* @vite-ignore */ file)) as { default?: ServerValues } & ServerValues;
	server = mod.default ?? mod;
});

// The device and the server must give the same verdicts (one source, or a parity test).
const SAMPLES = [
	'2026-11-31',
	'2026-02-30',
	'2024-02-29',
	'9999-12-31T00:00:00Z',
	'0001-01-01T00:00:00Z',
	'2026-12-05T09:30:00Z',
	'\u200b'.repeat(12),
	'a\ud800',
	'ok\n\ttab',
	'nul\u0000'
];
const strings = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.constantFrom(...SAMPLES),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
);

describe('device and server agree on values', () => {
	it('on days, instants and clean, visible text', () => {
		fc.assert(
			fc.property(strings, (value) => {
				expect(isRealDay(value)).toBe(server.isRealDay(value));
				expect(isInstant(value)).toBe(server.isInstant(value));
				expect(isCleanText(value)).toBe(server.isCleanText(value));
				expect(visibleText(value)).toBe(server.visibleText(value));
			}),
			{ numRuns: 500 }
		);
	});

	it('on the reported cases', () => {
		expect(isRealDay('2026-11-31')).toBe(false);
		expect(isInstant('9999-12-31T00:00:00Z')).toBe(false);
		expect(visibleText('\u200b'.repeat(12))).toBe('');
	});
});
