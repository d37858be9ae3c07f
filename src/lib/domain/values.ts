// What a value typed on a device must be before it is sent: the same rules as the server's
// (pocketbase/pb_hooks/lib/values.js, held to this file by values.spec.ts), so that the device shows
// the server's verdict before sending.

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Years a day or an instant may fall in: anything else is a broken clock. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
// Characters that show nothing (see values.js): controls but tab and line breaks, zero-width and
// bidirectional marks, the byte-order mark, soft hyphen, fillers, variation selectors.
/* eslint-disable no-control-regex, no-misleading-character-class -- these characters are the point */
const INVISIBLE_RE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/g;
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex, no-misleading-character-class */

/** A `YYYY-MM-DD` day that exists in the calendar, years 2000–2100. */
export function isRealDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = DAY_RE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 instant with its offset, whose date exists, years 2000–2100. */
export function isInstant(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 40 || !INSTANT_RE.test(value)) return false;
	if (!isRealDay(value.slice(0, 10))) return false;
	const hours = Number(value.slice(11, 13));
	const minutes = Number(value.slice(14, 16));
	const seconds = value.length > 17 && value[16] === ':' ? Number(value.slice(17, 19)) : 0;
	return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(value));
}

/** The text without its invisible characters, trimmed: what a reader would actually see. */
export const visibleText = (value: string): string => value.replace(INVISIBLE_RE, '').trim();

function hasLoneSurrogate(text: string): boolean {
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

/** Text that can be stored and shown as it is: no lone surrogate, no control character. */
export const isCleanText = (value: unknown): value is string =>
	typeof value === 'string' && !CONTROL_RE.test(value) && !hasLoneSurrogate(value);
