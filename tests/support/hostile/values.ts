// What an attacker puts in one field, by the kind of value the field expects. Every value here is wrong
// for its field: a route that stores it has a bug.
import { BAD_UTF8, MISSING, deep, raw } from './raw';

/** What a field expects. `opt*`: may be left out or empty. */
export type Kind =
	| 'id'
	| 'optId'
	| 'enum'
	| 'text'
	| 'optText'
	| 'email'
	| 'day'
	| 'instant'
	| 'token'
	| 'array'
	| 'object'
	| 'int'
	| 'number'
	| 'bool'
	| 'json';

export interface Hostile {
	/** The class of hostility, e.g. `type:object`, `unicode:nul`, `date:2026-02-30`. */
	cls: string;
	value: unknown;
}

export const HUGE = 'x'.repeat(200_000);
const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff'.repeat(8);
const RTL_ONLY = '\u202e'.repeat(12);
/** A JSON string literal whose text holds a lone surrogate. */
const loneSurrogate = (text: string) => raw(`${JSON.stringify(text).slice(0, -1)}\\ud800"`);
const badUtf8 = (text: string) => raw(`${JSON.stringify(text).slice(0, -1)}${BAD_UTF8}"`);
/** An object that pretends to be its valid value to whoever calls String() or valueOf() on it. */
const pretender = (valid: unknown) =>
	raw(`{"toString":${JSON.stringify(valid)},"valueOf":${JSON.stringify(valid)}}`);

export const IMPOSSIBLE_DAYS = ['2026-02-30', '2026-11-31', '9999-12-31', '0001-01-01', '2099-12-31'];

const SCALAR_KINDS: Kind[] = ['id', 'optId', 'enum', 'text', 'optText', 'email', 'day', 'instant', 'token'];
const OPTIONAL: Kind[] = ['optId', 'optText'];

function wrongTypes(kind: Kind, valid: unknown): Hostile[] {
	const all: Hostile[] = [
		{ cls: 'type:object', value: {} },
		{ cls: 'type:array', value: [] },
		{ cls: 'type:number', value: 42 },
		{ cls: 'type:boolean', value: true },
		{ cls: 'type:null', value: null },
		{ cls: 'type:string', value: 'x' }
	];
	const own: Record<string, string> = {
		id: 'type:string',
		optId: 'type:string',
		enum: 'type:string',
		text: 'type:string',
		optText: 'type:string',
		email: 'type:string',
		day: 'type:string',
		instant: 'type:string',
		token: 'type:string',
		array: 'type:array',
		object: 'type:object',
		json: 'none'
	};
	let out = all.filter((h) => h.cls !== own[kind]);
	// An empty string or null means "none" for an optional field.
	if (OPTIONAL.includes(kind)) out = out.filter((h) => h.cls !== 'type:null');
	if (['int', 'number'].includes(kind)) {
		out = out.filter((h) => h.cls !== 'type:number');
		out.push({ cls: 'type:numeric-string', value: String(valid) });
	}
	if (kind === 'bool') out = out.filter((h) => h.cls !== 'type:boolean');
	if (SCALAR_KINDS.includes(kind) && valid !== '') {
		out.push({ cls: 'type:wrapped-valid', value: [valid] });
		out.push({ cls: 'type:pretender-object', value: pretender(valid) });
	}
	return out;
}

function unicode(kind: Kind, valid: unknown): Hostile[] {
	if (!SCALAR_KINDS.includes(kind)) return [];
	if (kind === 'text' || kind === 'optText') {
		const text = typeof valid === 'string' && valid.length > 0 ? valid : 'Une phrase ordinaire';
		const out: Hostile[] = [
			{ cls: 'unicode:nul', value: `${text.slice(0, 5)}\u0000${text.slice(5)}` },
			{ cls: 'unicode:lone-surrogate', value: loneSurrogate(text) },
			{ cls: 'unicode:bad-utf8', value: badUtf8(text) }
		];
		// Nothing visible: refused where text is required; an optional field may take nothing.
		if (kind === 'text') {
			out.push({ cls: 'unicode:zero-width-only', value: ZERO_WIDTH });
			out.push({ cls: 'unicode:rtl-override-only', value: RTL_ONLY });
		}
		return out;
	}
	const text = String(valid || 'abcdefghijklmno');
	return [
		{ cls: 'unicode:rtl-override', value: `\u202e${text}` },
		{ cls: 'unicode:nul', value: `${text}\u0000` },
		{ cls: 'unicode:lone-surrogate', value: loneSurrogate(text) }
	];
}

function shapes(kind: Kind, valid: unknown): Hostile[] {
	switch (kind) {
		case 'id':
		case 'optId':
			return [
				{ cls: 'id:traversal', value: '../../x' },
				{ cls: 'id:too-long', value: 'a'.repeat(16) },
				{ cls: 'id:uppercase', value: 'ABCDEFGHIJKLMNO' },
				{ cls: 'id:number', value: 123456789012345 },
				{ cls: 'id:unknown', value: 'zzzzzzzzzzzzzzz' },
				...(kind === 'id' ? [{ cls: 'id:empty', value: '' }] : [])
			];
		case 'day':
			return [
				...IMPOSSIBLE_DAYS.map((d) => ({ cls: `date:${d}`, value: d })),
				{ cls: 'date:month-13', value: '2026-13-01' },
				{ cls: 'date:instant', value: `${String(valid)}T00:00:00Z` }
			];
		case 'instant':
			return [
				{ cls: 'date:2026-02-30', value: '2026-02-30T10:00:00Z' },
				{ cls: 'date:9999-12-31', value: '9999-12-31T23:59:59Z' },
				{ cls: 'date:0001-01-01', value: '0001-01-01T00:00:00Z' },
				{ cls: 'date:hour-25', value: '2026-03-10T25:61:00Z' }
			];
		case 'email':
			return [
				{ cls: 'email:no-domain', value: 'camille@' },
				{ cls: 'email:header-injection', value: 'camille@example.org\r\nBcc: all@example.org' }
			];
		case 'token':
			return [{ cls: 'token:short', value: 'abc' }];
		case 'int':
		case 'number':
			return [
				{ cls: 'number:negative', value: -1 },
				{ cls: 'number:huge', value: raw('1e400') },
				{ cls: 'number:max-safe', value: Number.MAX_SAFE_INTEGER },
				...(kind === 'int' ? [{ cls: 'number:fraction', value: 1.5 }] : [])
			];
		case 'array':
			return [
				{ cls: 'array:empty', value: [] },
				{ cls: 'array:nulls', value: [null, null] }
			];
		default:
			return [];
	}
}

function proto(kind: Kind): Hostile[] {
	const keys = [
		{ cls: 'proto:__proto__-object', value: raw('{"__proto__":{"polluted":"yes","isAdmin":true}}') },
		{ cls: 'proto:constructor-object', value: raw('{"constructor":{"prototype":{"polluted":"yes"}}}') }
	];
	// Free text may legitimately say "constructor"; names of things may not.
	if (['id', 'optId', 'enum', 'day', 'instant', 'token', 'email'].includes(kind))
		return [
			{ cls: 'proto:__proto__', value: '__proto__' },
			{ cls: 'proto:toString', value: 'toString' },
			keys[0]!
		];
	return keys;
}

/**
 * The hostile values for a field of this kind whose valid value is `valid`: wrong JSON types, wrong
 * shapes, unicode tricks, prototype names, missing, a 200,000-character string (or 10,000 elements),
 * 10,000 levels of nesting where a structure is expected. `optional`: the field may be left out, empty or null.
 */
export function hostileValues(kind: Kind, valid: unknown, { optional = false } = {}): Hostile[] {
	let out: Hostile[] = [...wrongTypes(kind, valid), ...shapes(kind, valid), ...unicode(kind, valid)];
	out.push(...proto(kind));
	if (optional) out = out.filter((h) => h.cls !== 'type:null' && h.cls !== 'array:empty' && h.value !== '');
	else if (!OPTIONAL.includes(kind)) out.push({ cls: 'missing', value: MISSING });
	if (kind === 'array') {
		const first = Array.isArray(valid) ? valid[0] : 0;
		out.push({ cls: 'huge:array', value: Array.from({ length: 10_000 }, () => first) });
	} else if (kind !== 'bool') out.push({ cls: 'huge:string', value: HUGE });
	// Deep nesting reaches the same parser wherever it sits: tried where a structure is expected.
	if (kind === 'array' || kind === 'object' || kind === 'json')
		out.push({ cls: 'nesting:10000', value: deep(10_000) });
	return out;
}
