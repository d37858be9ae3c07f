// One word per thing: a French value stands under one key of the message catalogue, so that a word is
// translated, or changed, once. Shared words live in the root catalogue (`common_*`, `validation_*`, and
// one key per domain value: `channel_*`, `complaint_kind_*`, `complaint_status_*`, `action_status_*`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../../scripts/lib/i18n-sources.js';
import { usedKeys } from './test/message-keys';

/** Values this short ("Du", "—") are not held to the rule. */
const MIN_LENGTH = 3;

/** French values that really name different things, each kept under its own keys. */
const ALLOWED = new Map<string, string>([
	['En cours', 'a complaint’s status, an action’s status, a kiosk’s synchronisation state'],
	['Répondue', 'a complaint’s status and a suggestion’s status: two lists that may part'],
	['Données personnelles', 'the privacy page’s title and the rights table’s column of the data held'],
	['Demande enregistrée', 'a complaint’s receipt and a password-reset request (“Request received”)'],
	['Téléphone', 'the channel a request came through and the contact field holding a number'],
	['Contenu', 'the skip link to the page’s content and the results table’s description column']
]);

type Catalogue = Record<string, Record<string, string>>;

/** The French value of each key, file by file, for every file the catalogue compiler reads. */
function frenchCatalogue(): Catalogue {
	const files = catalogueFiles('.', 'fr');
	return Object.fromEntries(
		files.map((file) => {
			const { $schema: _, ...messages } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
			return [file, messages];
		})
	);
}

/** Each French value of `min` characters or more that stands under two keys or more, with its keys. */
function repeatedValues(catalogue: Catalogue, min: number): Map<string, string[]> {
	const keysByValue = new Map<string, string[]>();
	for (const messages of Object.values(catalogue))
		for (const [key, value] of Object.entries(messages))
			if (value.length >= min) keysByValue.set(value, [...(keysByValue.get(value) ?? []), key]);
	return new Map([...keysByValue].filter(([, keys]) => keys.length > 1));
}

describe('the message catalogue', () => {
	const catalogue = frenchCatalogue();
	const repeated = repeatedValues(catalogue, MIN_LENGTH);

	it('holds only messages the code uses (a key left behind is a word to translate for nothing)', () => {
		const used = usedKeys();
		const unused = Object.values(catalogue).flatMap((messages) =>
			Object.keys(messages).filter((key) => !used.has(key))
		);
		expect(unused).toEqual([]);
	});

	it('has one key per French value, but for the listed homonyms', () => {
		const unexpected = [...repeated].filter(([value]) => !ALLOWED.has(value));
		expect(Object.fromEntries(unexpected)).toEqual({});
	});

	it('lists only homonyms that still stand under several keys', () => {
		expect([...ALLOWED.keys()].filter((value) => !repeated.has(value))).toEqual([]);
	});

	it('finds a word stored twice, in one file or across two', () => {
		const found = repeatedValues(
			{
				'a.json': { a_site: 'Site', a_other: 'Autre', a_du: 'Du' },
				'b.json': { b_site: 'Site', b_du: 'Du' }
			},
			MIN_LENGTH
		);
		expect(Object.fromEntries(found)).toEqual({ Site: ['a_site', 'b_site'] });
	});
});
