import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import {
	dataStates,
	exportFileName,
	foundLabel,
	parseSearch,
	searchMessage,
	searchRefusal,
	searchText,
	suggestionStatusLabel
} from './rights';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('the search box', () => {
	it('reads a reference in any case, trimmed, as the route spells it', () => {
		expect(parseSearch(' 2026-r-000123 ')).toEqual({ query: { reference: '2026-R-000123' }, code: null });
		expect(parseSearch('2026-I-000045')).toEqual({ query: { reference: '2026-I-000045' }, code: null });
	});

	it('reads anything else with an @ as an e-mail address, by the intake’s rule', () => {
		expect(parseSearch('  Camille.Durand@Example.org ')).toEqual({
			query: { email: 'Camille.Durand@Example.org' },
			code: null
		});
	});

	it('says nothing was typed, or that it is neither', () => {
		for (const value of [null, undefined, '', '   '])
			expect(parseSearch(value)).toEqual({ query: null, code: '' });
		for (const value of ['camille@', '@example.org', '2026-X-000123', '2026-R-12', 'Durand', 'a b@c.fr'])
			expect(parseSearch(value), value).toEqual({ query: null, code: 'invalid' });
		expect(parseSearch(`${'a'.repeat(250)}@b.fr`).code).toBe('invalid');
	});

	it('puts the query back in the box as the route received it', () => {
		expect(searchText({ email: 'a@b.fr' })).toBe('a@b.fr');
		expect(searchText({ reference: '2026-R-000001' })).toBe('2026-R-000001');
	});

	it('words what is missing or wrong next to the box, the route’s codes included', () => {
		expect(searchMessage('')).toBe('Saisissez une adresse électronique ou une référence.');
		expect(searchMessage('invalid')).toMatch(/^Saisissez une adresse électronique valide/);
		expect(searchRefusal(refused(400, { email: { code: 'invalid', message: 'x' } }))).toBe(
			searchMessage('invalid')
		);
		expect(searchRefusal(refused(400, { query: { code: 'required' } }))).toBe(searchMessage('required'));
		expect(searchRefusal(refused(403))).toBeNull();
		expect(searchRefusal(refused(400, { other: { code: 'invalid' } }))).toBeNull();
		expect(searchRefusal(new Error('boom'))).toBeNull();
	});
});

describe('what the page calls things', () => {
	it('names the export after the reference or the address, nothing a file system refuses', () => {
		expect(exportFileName({ reference: '2026-R-000123' })).toBe('donnees-2026-R-000123.json');
		expect(exportFileName({ email: 'camille+test@example.org' })).toBe(
			'donnees-camille+test@example.org.json'
		);
		expect(exportFileName({ email: 'a/b\\c:"d"@x.fr' })).toBe('donnees-a_b_c__d_@x.fr.json');
	});

	it('says how much was found, or that nothing is held', () => {
		expect(foundLabel({ email: 'a@b.fr' }, 0, 0)).toBe('Aucune donnée n’est détenue pour a@b.fr.');
		expect(foundLabel({ email: 'a@b.fr' }, 2, 1)).toBe(
			'Pour a@b.fr\u00a0: réclamations et demandes d’information\u00a0: 2\u00a0; suggestions\u00a0: 1.'
		);
	});

	it('says a suggestion’s status, unread when none is set', () => {
		expect(suggestionStatusLabel('')).toBe('Non lue');
		expect(suggestionStatusLabel('read')).toBe('Lue');
		expect(suggestionStatusLabel('answered')).toBe('Répondue');
	});

	it('tells what became of the personal data, on the Paris clock', () => {
		const kept = { anonymised_at: '', hold_until: '', hold_reason: '', erasure_requested_at: '' };
		expect(dataStates(kept, 'fr')).toEqual([]);
		expect(dataStates({ ...kept, anonymised_at: '2026-12-04T23:30:00.000Z' }, 'fr')).toEqual([
			'Effacées le 5 décembre 2026.'
		]);
		expect(
			dataStates(
				{
					...kept,
					hold_until: '2027-03-01',
					hold_reason: 'Recours',
					erasure_requested_at: '2026-12-05T10:00:00.000Z'
				},
				'fr'
			)
		).toEqual([
			'Conservée jusqu’au 1er mars 2027\u00a0: Recours',
			'Effacement demandé par l’usager le 5 décembre 2026.'
		]);
		// Once erased, a hold or a request no longer matters.
		expect(
			dataStates(
				{
					...kept,
					anonymised_at: '2026-12-05T10:00:00Z',
					hold_until: '2027-03-01',
					erasure_requested_at: 'x'
				},
				'fr'
			)
		).toHaveLength(1);
		// Suggestions have no hold.
		expect(dataStates({ anonymised_at: '' }, 'fr')).toEqual([]);
	});
});
