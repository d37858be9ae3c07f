import fc from 'fast-check';
import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import {
	earliestHold,
	holdLabel,
	holdRefusals,
	isDay,
	latestHold,
	parisDay,
	todayInParis,
	validateHold,
	windowDays
} from './retention';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const TODAY = '2026-11-23';
const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('the listed window', () => {
	it('reads ?jours= as whole days from 1 to 365, 30 otherwise', () => {
		expect(windowDays('40')).toBe(40);
		expect(windowDays('1')).toBe(1);
		expect(windowDays('365')).toBe(365);
		for (const param of [null, '', '0', '366', '-5', '4.5', '1e2', ' 40', 'abc', '0040'])
			expect(windowDays(param), String(param)).toBe(30);
	});
});

describe('the hold form’s checks', () => {
	it('accepts a day after today, up to ten years on, with a reason of 3 to 500 characters', () => {
		expect(validateHold({ until: '2026-11-24', reason: 'Litige' }, TODAY)).toEqual({});
		expect(validateHold({ until: '2036-11-23', reason: ' abc ' }, TODAY)).toEqual({});
		expect(validateHold({ until: '2027-06-01', reason: 'x'.repeat(500) }, TODAY)).toEqual({});
	});

	it('asks for both fields', () => {
		expect(validateHold({ until: '', reason: '   ' }, TODAY)).toEqual({
			until: 'Indiquez jusqu’à quel jour conserver la demande.',
			reason: 'Indiquez le motif de la conservation.'
		});
	});

	it('refuses a date that is not one, today or before, or beyond ten years', () => {
		expect(validateHold({ until: '2027-02-30', reason: 'Litige' }, TODAY).until).toBe(
			'Indiquez une date valide.'
		);
		expect(validateHold({ until: '23/12/2026', reason: 'Litige' }, TODAY).until).toBe(
			'Indiquez une date valide.'
		);
		expect(validateHold({ until: TODAY, reason: 'Litige' }, TODAY).until).toBe(
			'Indiquez une date postérieure à aujourd’hui.'
		);
		expect(validateHold({ until: '2020-01-01', reason: 'Litige' }, TODAY).until).toBe(
			'Indiquez une date postérieure à aujourd’hui.'
		);
		expect(validateHold({ until: '2036-11-24', reason: 'Litige' }, TODAY).until).toBe(
			'La conservation ne peut pas dépasser 10 ans.'
		);
	});

	it('refuses a reason too short or too long, once trimmed', () => {
		expect(validateHold({ until: '2027-01-01', reason: ' ab ' }, TODAY).reason).toBe(
			'Le motif est trop court\u00a0: 3 caractères minimum.'
		);
		expect(validateHold({ until: '2027-01-01', reason: 'x'.repeat(501) }, TODAY).reason).toBe(
			'Le motif est trop long\u00a0: 500 caractères maximum.'
		);
	});

	it('bounds the date input from tomorrow to the same day ten years on', () => {
		expect(earliestHold('2026-12-31')).toBe('2027-01-01');
		expect(latestHold(TODAY)).toBe('2036-11-23');
		expect(latestHold('2028-02-29')).toBe('2038-02-28');
		expect(isDay('2028-02-29')).toBe(true);
		expect(isDay('2027-02-29')).toBe(false);
	});

	it('takes today from the prefecture’s clock, not the device’s', () => {
		// 23:30 UTC on 23 November is already the 24th in Paris.
		expect(todayInParis(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
	});
});

describe('the hold route’s refusals', () => {
	it('puts each code next to its field, in the form’s own words', () => {
		expect(holdRefusals(refused(400, { until: { code: 'past' }, reason: { code: 'too_short' } }))).toEqual({
			until: 'Indiquez une date postérieure à aujourd’hui.',
			reason: 'Le motif est trop court\u00a0: 3 caractères minimum.'
		});
		expect(holdRefusals(refused(400, { until: { code: 'too_far', message: 'x' } }))).toEqual({
			until: 'La conservation ne peut pas dépasser 10 ans.'
		});
		expect(holdRefusals(refused(400, { reason: { code: 'invalid' } }))).toEqual({
			reason: 'Ce motif contient des caractères non admis.'
		});
	});

	it('says for the whole form that the item is already anonymised, or gone', () => {
		expect(holdRefusals(refused(400, { id: { code: 'anonymised' } }))).toEqual({
			form: 'Cette demande est déjà rendue anonyme\u00a0: elle ne peut plus être conservée.'
		});
		expect(holdRefusals(refused(404))).toEqual({ form: 'Cette demande n’existe plus.' });
	});

	it('falls back to one sentence, and says nothing for an aborted request', () => {
		expect(holdRefusals(refused(403)).form).toBeTruthy();
		expect(holdRefusals(refused(400, { until: 'not a field error' })).form).toBeTruthy();
		expect(holdRefusals(new Error('boom')).form).toBeTruthy();
		expect(holdRefusals(new ClientResponseError({ isAbort: true }))).toEqual({});
	});
});

describe('dates and holds as the table shows them', () => {
	it('reads an instant on the Paris clock', () => {
		expect(parisDay('2026-12-14 23:30:00.000Z', 'fr')).toBe('15 décembre 2026');
		expect(parisDay('2026-12-14T10:00:00Z', 'fr')).toBe('14 décembre 2026');
	});

	it('words a hold with its last day and reason, or says there is none', () => {
		expect(holdLabel({ until: '2027-03-01', reason: 'Recours contentieux' }, 'fr')).toBe(
			'Conservée jusqu’au 1er mars 2027\u00a0: Recours contentieux'
		);
		expect(holdLabel(null, 'fr')).toBe('Aucune');
	});
});

describe('the hold limit, on the device and on the server', () => {
	it('is the same day for every day (one source, or a parity test)', async () => {
		// Loaded at run time: the hooks' CommonJS is not part of the typed program.
		const file = new URL('../../../pocketbase/pb_hooks/lib/holds.js', import.meta.url).href;
		const mod = (await import(/* @vite-ignore */ file)) as {
			default?: { latestHold(day: string): string };
			latestHold(day: string): string;
		};
		const server = mod.default ?? mod;
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
				(d) => {
					const day = d.toISOString().slice(0, 10);
					expect(server.latestHold(day)).toBe(latestHold(day));
				}
			)
		);
	});
});
