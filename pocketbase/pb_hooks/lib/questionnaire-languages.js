// The languages a questionnaire is complete in: its title and every question's label written in them.
// That list is what `questionnaires.languages` holds, and what a kiosk may offer; the server recomputes it
// whenever a questionnaire or one of its questions is saved (18_questionnaires.pb.js), so a request cannot
// claim a language the texts lack. The back office computes the same list to show what is missing
// (src/lib/admin/questionnaire-translations.ts, held equal by its parity spec).

const { LANGUAGE_CODES: LANGUAGES } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/languages.js` : './languages.js'
);
const BASE = 'fr';

/** Whether a per-language text object holds a text that shows something in `language`. */
function written(texts, language) {
	if (texts === null || typeof texts !== 'object' || Array.isArray(texts)) return false;
	if (!Object.prototype.hasOwnProperty.call(texts, language)) return false;
	const text = texts[language];
	return typeof text === 'string' && text.trim() !== '';
}

/**
 * The languages the title and every label are written in, in languages.json's order; French always
 * (it is required, and the base every kiosk falls back on).
 * @param {unknown} title the questionnaire's title ({ fr: '…', en: '…' })
 * @param {unknown[]} labels its questions' labels
 * @returns {string[]}
 */
function completeLanguages(title, labels) {
	return LANGUAGES.filter(
		(language) =>
			language === BASE || (written(title, language) && labels.every((label) => written(label, language)))
	);
}

/** Reads a json field's value as PocketBase hands it to hooks (its JSON text). */
function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

/**
 * Sets a questionnaire record's languages from its title and its stored questions (goja; not saved here).
 * @param {core.App} app
 * @param {core.Record} questionnaire
 */
function refreshLanguages(app, questionnaire) {
	const labels = questionnaire.id
		? app
				.findRecordsByFilter('questions', 'questionnaire = {:q}', '', 0, 0, { q: questionnaire.id })
				.map((question) => parsed(question.getString('label')))
		: [];
	questionnaire.set('languages', completeLanguages(parsed(questionnaire.getString('title')), labels));
}

/**
 * Saves a questionnaire again after one of its questions changed, so that its languages follow
 * (the questionnaire's own save hook computes them). Nothing when it no longer exists.
 * @param {core.App} app
 * @param {string} id
 */
function refreshQuestionnaire(app, id) {
	if (!id) return;
	let questionnaire;
	try {
		questionnaire = app.findRecordById('questionnaires', id);
	} catch {
		return;
	}
	const before = questionnaire.getStringSlice('languages').join(',');
	refreshLanguages(app, questionnaire);
	if (questionnaire.getStringSlice('languages').join(',') !== before) app.save(questionnaire);
}

module.exports = { completeLanguages, refreshLanguages, refreshQuestionnaire, LANGUAGES };
