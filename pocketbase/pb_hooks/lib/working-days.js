// French working-day calendar ("jours ouvrés"): Monday–Friday minus the public holidays of the
// prefecture's zone minus its own closure days. Plain CommonJS so that PocketBase's hooks (goja) and
// vitest (Node) run the same code. Day arithmetic is done on plain 'YYYY-MM-DD' dates in UTC, never on a
// device's clock or zone.
const { DAY_RE } = require(typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js');

/** Holiday zones, by their official names. */
const ZONES = [
	'metropole',
	'alsace-moselle',
	'guadeloupe',
	'martinique',
	'guyane',
	'la-reunion',
	'mayotte',
	'saint-barthelemy',
	'saint-martin'
];

// Abolition of slavery day, fixed per overseas territory (loi n° 83-550 and décret n° 83-1003).
const ABOLITION = {
	mayotte: '04-27',
	martinique: '05-22',
	guadeloupe: '05-27',
	'saint-martin': '05-28',
	guyane: '06-10',
	'saint-barthelemy': '10-09',
	'la-reunion': '12-20'
};

const DAY_MS = 86400000;

function pad(n) {
	return String(n).padStart(2, '0');
}

function toUtc(dateISO) {
	const m = DAY_RE.exec(dateISO);
	if (!m) throw new Error(`Not a YYYY-MM-DD date: ${dateISO}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms) {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The calendar day `days` days after `day` (before it when negative), 'YYYY-MM-DD' in UTC. */
const shiftDay = (day, days) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easter(year) {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date `days` days after Easter Sunday of that year (negative: before). */
function easterOffset(year, days) {
	return fromUtc(toUtc(easter(year)) + days * DAY_MS);
}

function assertZone(zone) {
	if (!ZONES.includes(zone)) throw new Error(`Unknown holiday zone: ${zone}`);
}

/** Public holidays of a zone for one year, sorted 'YYYY-MM-DD' dates (Code du travail L3133-1 and local law). */
function publicHolidays(year, zone) {
	assertZone(zone);
	const fromEaster = (days) => easterOffset(year, days);
	const fixed = (md) => `${year}-${md}`;
	const days = [
		fixed('01-01'),
		fromEaster(1), // Easter Monday
		fixed('05-01'),
		fixed('05-08'),
		fromEaster(39), // Ascension
		fromEaster(50), // Whit Monday
		fixed('07-14'),
		fixed('08-15'),
		fixed('11-01'),
		fixed('11-11'),
		fixed('12-25')
	];
	if (zone === 'alsace-moselle') days.push(fromEaster(-2), fixed('12-26')); // Good Friday, St Stephen
	if (ABOLITION[zone]) days.push(fixed(ABOLITION[zone]));
	return Array.from(new Set(days)).sort();
}

// Deadlines walk day by day, so each zone-year's holidays are computed once.
const holidayCache = {};
function holidaySet(year, zone) {
	const key = `${zone}:${year}`;
	if (!holidayCache[key]) holidayCache[key] = new Set(publicHolidays(year, zone));
	return holidayCache[key];
}

/** True when the date is a working day in that zone, given the prefecture's closure dates. */
function isWorkingDay(dateISO, zone, closures) {
	const ms = toUtc(dateISO);
	const weekday = new Date(ms).getUTCDay();
	if (weekday === 0 || weekday === 6) return false;
	if (closures && closures.includes(dateISO)) return false;
	return !holidaySet(Number(dateISO.slice(0, 4)), zone).has(dateISO);
}

/** The n-th working day after dateISO (the date itself is not counted), as 'YYYY-MM-DD'. */
function addWorkingDays(dateISO, n, zone, closures) {
	assertZone(zone);
	if (!Number.isInteger(n) || n < 0) throw new Error(`Not a number of days: ${n}`);
	let ms = toUtc(dateISO);
	let left = n;
	while (left > 0) {
		ms += DAY_MS;
		if (isWorkingDay(fromUtc(ms), zone, closures || [])) left -= 1;
	}
	return fromUtc(ms);
}

/** Working days strictly after `fromISO` up to and including `toISO` (0 when toISO <= fromISO). */
function workingDaysBetween(fromISO, toISO, zone, closures) {
	assertZone(zone);
	let count = 0;
	for (let ms = toUtc(fromISO) + DAY_MS; ms <= toUtc(toISO); ms += DAY_MS) {
		if (isWorkingDay(fromUtc(ms), zone, closures || [])) count += 1;
	}
	return count;
}

// Time zones: Node has Intl; PocketBase's goja engine does not, but exposes Go's time package.
/* global Timezone, DateTime */
/** Wall-clock time in `timeZone` at the instant `ms`, expressed as if it were UTC milliseconds. */
function wallClock(ms, timeZone) {
	if (typeof Intl !== 'undefined' && Intl.DateTimeFormat) {
		const parts = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		}).formatToParts(new Date(ms));
		const get = (type) => Number(parts.find((p) => p.type === type).value);
		const wall = Date.UTC(
			get('year'),
			get('month') - 1,
			get('day'),
			get('hour'),
			get('minute'),
			get('second')
		);
		return wall + (((ms % 1000) + 1000) % 1000);
	}
	const text = new DateTime(new Date(ms).toISOString())
		.time()
		.in(new Timezone(timeZone))
		.format('2006-01-02T15:04:05.000Z');
	return new Date(text).getTime();
}

/** The calendar date, in the prefecture's IANA time zone, of an instant (ISO 8601 with offset). */
function receiptDate(instantISO, timeZone) {
	const ms = new Date(instantISO).getTime();
	if (Number.isNaN(ms)) throw new Error(`Not an instant: ${instantISO}`);
	return fromUtc(Math.floor(wallClock(ms, timeZone) / DAY_MS) * DAY_MS);
}

/** The UTC instant (ISO) of 23:59:59.999 on dateISO in that time zone. */
function endOfDay(dateISO, timeZone) {
	const target = toUtc(dateISO) + DAY_MS - 1;
	// offset = wall - instant; refine once in case the guess fell on the other side of a DST change.
	let instant = target - (wallClock(target, timeZone) - target);
	instant = target - (wallClock(instant, timeZone) - instant);
	return new Date(instant).toISOString();
}

/** Deadline of an item received at `instantISO`: end of the n-th working day after its receipt date. */
function deadline(instantISO, n, site) {
	const received = receiptDate(instantISO, site.timeZone);
	const day = addWorkingDays(received, n, site.zone, site.closures);
	return { receivedOn: received, dueOn: day, dueAt: endOfDay(day, site.timeZone) };
}

module.exports = {
	ZONES,
	shiftDay,
	easter,
	easterOffset,
	publicHolidays,
	isWorkingDay,
	addWorkingDays,
	workingDaysBetween,
	receiptDate,
	endOfDay,
	deadline
};
