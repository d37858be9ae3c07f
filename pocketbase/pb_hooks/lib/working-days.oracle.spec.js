// The calendar against an independent one: the `date-holidays` package (a dev dependency, too big to ship),
// for every zone from 2020 to 2035.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import wd from './working-days.js';

const REGION = {
	metropole: undefined,
	'alsace-moselle': '57',
	guadeloupe: 'GP',
	martinique: 'MQ',
	guyane: 'GF',
	'la-reunion': 'RE',
	mayotte: 'YT',
	'saint-barthelemy': 'BL',
	'saint-martin': 'MF'
};

// Where the oracle and the law part ways, the law wins:
// - Good Friday is listed by date-holidays for Guadeloupe and Martinique, but the Code du travail makes it a
//   public holiday in Moselle, Bas-Rhin and Haut-Rhin only (art. L3134-13);
// - Saint-Martin's abolition day has been 28 May since décret n° 2018-1119, date-holidays still says 27 May.
const oracleCache = new Map();
function oracleHolidays(year, zone) {
	const key = `${zone}:${year}`;
	if (!oracleCache.has(key)) oracleCache.set(key, computeOracleHolidays(year, zone));
	return oracleCache.get(key);
}

function computeOracleHolidays(year, zone) {
	const days = new Holidays('FR', REGION[zone])
		.getHolidays(year)
		.filter((h) => h.type === 'public')
		.map((h) => h.date.slice(0, 10))
		.filter((d) => !(['guadeloupe', 'martinique'].includes(zone) && d === wd.easterOffset(year, -2)));
	const fixed =
		zone === 'saint-martin' ? days.map((d) => (d.endsWith('-05-27') ? `${year}-05-28` : d)) : days;
	return Array.from(new Set(fixed)).sort();
}

function oracleAddWorkingDays(dateISO, n, zone) {
	const holidays = new Set([0, 1].flatMap((k) => oracleHolidays(Number(dateISO.slice(0, 4)) + k, zone)));
	let d = new Date(`${dateISO}T00:00:00Z`);
	let left = n;
	while (left > 0) {
		d = new Date(d.getTime() + 86400000);
		const iso = d.toISOString().slice(0, 10);
		if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso)) left -= 1;
	}
	return d.toISOString().slice(0, 10);
}

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);

describe.each(wd.ZONES)('%s', (zone) => {
	it('has the same public holidays as the oracle, 2020–2035', () => {
		for (const year of YEARS)
			expect(wd.publicHolidays(year, zone), String(year)).toEqual(oracleHolidays(year, zone));
	});

	it('gives the same 5th and 15th working day as the oracle, from every day of 2020–2035', () => {
		for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2035, 11, 1); t += 86400000) {
			const day = new Date(t).toISOString().slice(0, 10);
			expect(wd.addWorkingDays(day, 15, zone), day).toBe(oracleAddWorkingDays(day, 15, zone));
			expect(wd.addWorkingDays(day, 5, zone), day).toBe(oracleAddWorkingDays(day, 5, zone));
		}
	});
});
