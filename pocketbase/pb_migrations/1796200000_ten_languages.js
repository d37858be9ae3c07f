// Ten languages for visitors (issue 16): the language of a response and of a complaint, the languages a kiosk
// offers and those a questionnaire is written in may be any of them. The list is written here as it stood
// when this migration was made (a migration never changes); pb_hooks/lib/languages.json is today's list.
const TEN = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'];
const TWO = ['fr', 'en'];
/** The select fields that hold a language, and whether they hold several. */
const FIELDS = [
	{ collection: 'survey_responses', name: 'language', several: false },
	{ collection: 'complaints', name: 'language', several: false },
	{ collection: 'kiosks', name: 'languages', several: true },
	{ collection: 'questionnaires', name: 'languages', several: true }
];

/** The migration step that lets these fields hold `values`. @param {string[]} values */
const allow = (values) => (app) => {
	for (const { collection, name, several } of FIELDS) {
		const found = app.findCollectionByNameOrId(collection);
		const field = /** @type {core.SelectField} */ (found.fields.getByName(name));
		field.values = values;
		field.maxSelect = several ? values.length : 1;
		app.save(found);
	}
};

// Back to two languages: PocketBase does not check the rows already stored, so roll back only before any
// response, complaint, kiosk or questionnaire holds another language.
migrate(allow(TEN), allow(TWO));
