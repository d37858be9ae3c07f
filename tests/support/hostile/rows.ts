// Row generators shared by the public and staff tables: one row per (route × field × hostile class) from a
// valid request, plus the classes that concern a whole body (not JSON, bytes, nesting, repeated keys).
import type { Built, Caller, Expect, HostileRow } from './harness';
import { BAD_UTF8, deep, dup, raw, serialize, setAt, type Path } from './raw';
import { hostileValues, type Kind } from './values';

/** A valid request of a route, made fresh for each row. */
export interface Base {
	path: string;
	as: Caller;
	body: unknown;
	method?: 'GET' | 'POST' | 'PATCH';
	/** What the valid request would touch: kept unchanged, or absent, by every hostile variant. */
	expect?: Expect;
	/** What the valid request stores (for rows whose hostile part leaves a valid request behind). */
	allowed?: NonNullable<Expect['allowed']>;
}
export type BaseOf<C> = (ctx: C) => Base | Promise<Base>;

export interface FieldSpec {
	path: Path;
	kind: Kind;
	optional?: boolean;
	/** Classes whose value is a valid one for this field (e.g. `id:unknown` for an id the device makes). */
	valid?: string[];
}

const fieldName = (path: Path) => path.join('.');

function built(b: Base, body: string, expect: Expect | undefined = b.expect): Built {
	const method = b.method ?? 'POST';
	return { req: { method, path: b.path, as: b.as, body: method === 'GET' ? undefined : body }, expect };
}

/** One row per field of the body and hostile value of its kind. */
export function fieldRows<C>(route: string, base: BaseOf<C>, fields: FieldSpec[]): HostileRow<C>[] {
	const rows: HostileRow<C>[] = [];
	for (const field of fields) {
		// The valid value only shapes some hostile values (wrapped, pretender); any base will do for it.
		const validOf = (b: Base) => {
			let node = b.body as Record<string | number, unknown>;
			for (const key of field.path) node = node?.[key] as Record<string | number, unknown>;
			return node;
		};
		const sample = field.kind === 'array' ? [{}] : undefined;
		const values = hostileValues(field.kind, sample ?? placeholder(field.kind), { optional: field.optional });
		for (const h of values.filter((v) => !field.valid?.includes(v.cls))) {
			rows.push({
				route,
				field: fieldName(field.path),
				cls: h.cls,
				build: async (ctx) => {
					const b = await base(ctx);
					const valid = validOf(b);
					// Values made from the valid one are remade from this row's own base.
					const value = h.cls.startsWith('type:wrapped')
						? [valid]
						: h.cls === 'type:pretender-object'
							? raw(`{"toString":${JSON.stringify(valid)},"valueOf":${JSON.stringify(valid)}}`)
							: h.cls === 'huge:array' && Array.isArray(valid)
								? Array.from({ length: 10_000 }, () => valid[0])
								: h.cls === 'date:instant'
									? `${String(valid)}T00:00:00Z`
									: h.value;
					return built(b, serialize(setAt(b.body, field.path, value)));
				}
			});
		}
	}
	return rows;
}

function placeholder(kind: Kind): unknown {
	return { int: 10, number: 0.5, bool: true, day: '2026-03-10' }[kind as string] ?? 'abcdefghijklmno';
}

/** Valid requests that carry fields nobody asked for: stored as checked, the extra fields ignored. */
export function extraRows<C>(
	route: string,
	base: BaseOf<C>,
	extras: { at: Path; key: string; value: unknown }[]
): HostileRow<C>[] {
	return extras.map(({ at, key, value }) => ({
		route,
		field: fieldName([...at, key]),
		cls: key.startsWith('__') || key === 'constructor' ? 'proto:extra-field' : 'extra-field',
		build: async (ctx) => {
			const b = await base(ctx);
			const body = setAt(b.body, [...at, key], value);
			return built(b, serialize(body), { ...b.expect, allowed: b.allowed });
		}
	}));
}

/**
 * Keys repeated inside the body: `evil` and `good` are two versions of the object at `at`, differing at
 * `key`. Both orders; whichever the server reads, only the checked good version may be stored.
 */
export function dupRows<C>(
	route: string,
	base: BaseOf<C>,
	cases: { at: Path; key: string; evil: (b: Base) => unknown }[]
): HostileRow<C>[] {
	const rows: HostileRow<C>[] = [];
	for (const { at, key, evil } of cases) {
		for (const order of ['evil-first', 'evil-last'] as const) {
			rows.push({
				route,
				field: fieldName([...at, key]) || key,
				cls: `duplicate-key:${order}`,
				build: async (ctx) => {
					const b = await base(ctx);
					let node = b.body as Record<string, unknown>;
					for (const k of at) node = node[k] as Record<string, unknown>;
					const entries = Object.entries(node).flatMap(([k, v]): [string, unknown][] =>
						k !== key
							? [[k, v]]
							: order === 'evil-first'
								? [
										[k, evil(b)],
										[k, v]
									]
								: [
										[k, v],
										[k, evil(b)]
									]
					);
					const text =
						at.length === 0
							? serialize(dup(...entries))
							: serialize(b.body).replace(serialize(node), () => serialize(dup(...entries)));
					return built(b, text, { ...b.expect, allowed: b.allowed });
				}
			});
		}
	}
	return rows;
}

/** Whole bodies that are not what a JSON route reads. */
export function bodyRows<C>(route: string, base: BaseOf<C>, { limit = 0 } = {}): HostileRow<C>[] {
	const bodies: [string, (b: Base) => string][] = [
		['body:not-json', () => '{"items":['],
		['body:empty', () => ''],
		['body:null', () => 'null'],
		['body:array', () => '[]'],
		['body:string', () => '"items"'],
		['body:bad-utf8-outside-strings', (b) => `${BAD_UTF8}${serialize(b.body)}`],
		['nesting:10000-body', () => deep(10_000).text],
		['proto:__proto__-wrapper', (b) => `{"__proto__":${serialize(b.body)}}`],
		['proto:constructor-wrapper', (b) => `{"constructor":{"prototype":${serialize(b.body)}}}`]
	];
	if (limit > 0) bodies.push(['huge:over-body-limit', () => `{"items":[${' '.repeat(limit + 1024)}]}`]);
	return bodies.map(([cls, make]) => ({
		route,
		field: 'body',
		cls,
		build: async (ctx) => {
			const b = await base(ctx);
			return built(b, make(b));
		}
	}));
}

/** The same valid request from callers that may not make it. */
export function callerRows<C>(route: string, base: BaseOf<C>, callers: Caller[]): HostileRow<C>[] {
	return callers.map((as) => ({
		route,
		field: 'caller',
		cls: `caller:${as}`,
		build: async (ctx) => {
			const b = await base(ctx);
			return built({ ...b, as }, serialize(b.body));
		}
	}));
}

/** Ids in a path that are no ids, or nobody's. */
export const PATH_IDS: [string, string][] = [
	['id:traversal', '..%2F..%2Fx'],
	['id:dot-dot', '..'],
	['id:too-long', 'a'.repeat(16)],
	['id:huge', 'a'.repeat(8000)],
	['id:uppercase', 'ABCDEFGHIJKLMNO'],
	['id:number', '123'],
	['id:unknown', 'zzzzzzzzzzzzzzz'],
	['proto:__proto__', '__proto__'],
	['proto:constructor', 'constructor'],
	['proto:toString', 'toString'],
	['unicode:rtl-override', '%E2%80%AEabcdefghijklmn'],
	['unicode:nul', 'abcdefghijklmn%00'],
	['unicode:bad-utf8', 'abcdefghijklm%FF%FE']
];

/** One row per wrong id in the path, the body valid. */
export function pathRows<C>(
	route: string,
	base: BaseOf<C>,
	withId: (b: Base, id: string) => string
): HostileRow<C>[] {
	return PATH_IDS.map(([cls, id]) => ({
		route,
		field: '{id}',
		cls,
		build: async (ctx) => {
			const b = await base(ctx);
			return built({ ...b, path: withId(b, id) }, serialize(b.body));
		}
	}));
}
