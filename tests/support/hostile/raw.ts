// Request bodies as a hostile client writes them: JSON text with repeated keys, escapes JSON.stringify
// never makes (lone surrogates), nesting no serialiser would produce, and bytes that are not UTF-8.

/** JSON text emitted as it is. */
export class Raw {
	constructor(readonly text: string) {}
}
/** An object whose keys may repeat, in this order. */
export class Dup {
	constructor(readonly entries: [string, unknown][]) {}
}
/** Marks a field to leave out of the body. */
export const MISSING = Symbol('missing');

export const raw = (text: string) => new Raw(text);
export const dup = (...entries: [string, unknown][]) => new Dup(entries);

/** Replaced by bytes that are not UTF-8 when the body is encoded. */
export const BAD_UTF8 = '@@bad-utf8@@';
const BAD_BYTES = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]);

/** `[[[…]]]`, `levels` deep. */
export const deep = (levels: number) => raw('['.repeat(levels) + ']'.repeat(levels));

/** The JSON text of a tree of plain values, Raw and Dup. */
export function serialize(value: unknown): string {
	if (value instanceof Raw) return value.text;
	if (value instanceof Dup)
		return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(',')}}`;
	if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
	if (value !== null && typeof value === 'object')
		return `{${Object.entries(value)
			.filter(([, v]) => v !== MISSING)
			.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`)
			.join(',')}}`;
	return JSON.stringify(value) ?? 'null';
}

/** The body's bytes: UTF-8, but for the BAD_UTF8 markers. */
export function encode(text: string): Uint8Array<ArrayBuffer> {
	const parts = text.split(BAD_UTF8).map((part) => Buffer.from(part, 'utf8'));
	const joined: Buffer[] = [];
	parts.forEach((part, i) => joined.push(...(i > 0 ? [BAD_BYTES, part] : [part])));
	return Uint8Array.from(Buffer.concat(joined));
}

export type Path = (string | number)[];

/**
 * A copy of a plain JSON tree with the value at `path` replaced (MISSING removes it). A key is set as an
 * own property, so `__proto__` is a key like any other.
 */
export function setAt(tree: unknown, path: Path, value: unknown): unknown {
	const copy = JSON.parse(JSON.stringify(tree)) as unknown;
	if (path.length === 0) return value;
	let node = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (value === MISSING && Array.isArray(node)) node.splice(Number(last), 1);
	else if (value === MISSING) delete node[last];
	else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
	return copy;
}

/** The value at `path` of a plain tree. */
export function getAt(tree: unknown, path: Path): unknown {
	let node = tree as Record<string | number, unknown> | undefined;
	for (const key of path) node = node?.[key] as Record<string | number, unknown> | undefined;
	return node;
}
