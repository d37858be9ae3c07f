// What a value from outside must be before any route trusts it: an id, a calendar day that exists, an
// instant in a sane range, text with something visible in it. Shared by every route that takes input, in
// goja and in Node (vitest), so that "valid" means the same thing everywhere.

const ID_RE = /^[a-z0-9]{15}$/;
/** A `YYYY-MM-DD` day's shape, its year, month and day captured (whether it exists: isRealDay). */
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Years a day or an instant from a device or an agent may fall in: anything else is a broken clock. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
// Characters that show nothing: controls (but tab and line breaks), zero-width and bidirectional marks,
// the byte-order mark, soft hyphen, combining grapheme joiner, Hangul fillers, interlinear annotations.
const INVISIBLE = [
	'\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f', // controls
	'\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f', // soft hyphen, joiners, fillers
	'\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f', // zero-width and bidirectional marks
	'\\u3164\\ufe00-\\ufe0f\\ufeff\\ufff9-\\ufffb' // Hangul filler, variation selectors, BOM, annotations
];
// eslint-disable-next-line no-misleading-character-class -- each mark is refused on its own
const INVISIBLE_RE = new RegExp(`[${INVISIBLE.join('')}]`, 'g');
// Controls that have no business in a visitor's text (tab and line breaks are fine).
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_RE = new RegExp('[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]');

/** A PocketBase record id (15 characters, lowercase letters and digits). */
const isId = (v) => typeof v === 'string' && ID_RE.test(v);

/** A `YYYY-MM-DD` day that exists in the calendar (no 31 November, no 30 February), years 2000–2100. */
function isRealDay(v) {
	if (typeof v !== 'string') return false;
	const match = DAY_RE.exec(v);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 instant with its offset, whose date exists, years 2000–2100. */
function isInstant(v) {
	if (typeof v !== 'string' || v.length > 40 || !INSTANT_RE.test(v)) return false;
	if (!isRealDay(v.slice(0, 10))) return false;
	const hours = Number(v.slice(11, 13));
	const minutes = Number(v.slice(14, 16));
	const seconds = v.length > 17 && v[16] === ':' ? Number(v.slice(17, 19)) : 0;
	return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(v));
}

/** The text without its invisible characters, trimmed: what a reader would actually see. */
const visibleText = (v) => v.replace(INVISIBLE_RE, '').trim();

/** Does the text hold a UTF-16 surrogate without its pair (not a character, not storable as UTF-8)? */
function hasLoneSurrogate(text) {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
			i++;
		} else if (code >= 0xdc00 && code <= 0xdfff) return true;
	}
	return false;
}

/**
 * Text that can be stored and shown as it is: no lone surrogate, no control character, and no U+FFFD,
 * the mark a parser leaves where the request's bytes were not UTF-8 (or a `\ud800` escape stood alone):
 * damaged text is refused, not stored with its damage.
 */
const isCleanText = (v) =>
	typeof v === 'string' && !CONTROL_RE.test(v) && !v.includes('\ufffd') && !hasLoneSurrogate(v);

/** A plain object from JSON (not an array, not null). */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `own(map, key)`: the map's own value for the key, never one inherited from Object.prototype. */
const own = (map, key) => (Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined);

/**
 * The contract's code for a text field, or null when it may be stored (trimmed): `required` when absent or
 * nothing visible is left once invisible characters are removed (an optional field, `min` 0, may be empty
 * but not made of invisible characters only),
 * `invalid` when it is not a string or holds a control character or a lone surrogate, `too_short` and
 * `too_long` against the visible length and the stored length.
 * @param {unknown} value
 * @param {number} min visible characters at least (0: optional)
 * @param {number} max characters at most, once trimmed
 */
function textCode(value, min, max) {
	if (value === undefined || value === null) return min > 0 ? 'required' : null;
	if (typeof value !== 'string' || !isCleanText(value)) return 'invalid';
	const visible = visibleText(value);
	if (visible === '') {
		if (min > 0) return 'required';
		// Optional and empty is fine; optional and only invisible characters is not text.
		return value.trim() === '' ? null : 'invalid';
	}
	if (visible.length < min) return 'too_short';
	if (value.trim().length > max) return 'too_long';
	return null;
}

/** The JSON text's value when it is a plain object, else null (not JSON, an array, a string, null). */
function objectFromJson(text) {
	if (typeof text !== 'string') return null;
	try {
		const value = JSON.parse(text);
		return isObject(value) ? value : null;
	} catch {
		return null;
	}
}

module.exports = {
	isId,
	isRealDay,
	isInstant,
	visibleText,
	isCleanText,
	isObject,
	own,
	textCode,
	objectFromJson,
	DAY_RE,
	MIN_YEAR,
	MAX_YEAR
};
