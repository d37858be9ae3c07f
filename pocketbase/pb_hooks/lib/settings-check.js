// What staff may store through PocketBase's record API in the settings collections (sites and their
// closure days, reception points, the policy, questionnaires and their questions), beyond what the
// collections' own field options check: JSON fields hold what the app reads (real, distinct closure days;
// a label per language) and text shows something. Codes are PocketBase's own, which the back office
// translates.
const { isRealDay, isCleanText, isObject, visibleText, own } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);

/**
 * Per collection: texts that must show something (`visible`: required ones; `optionalText`: may be empty).
 * Types are not checked here: PocketBase casts a request's values to the field types ("0.5" → 0.5,
 * "yes" → false) before any request hook sees them.
 */
const FIELDS = {
	sites: { visible: ['name'], optionalText: ['contact_address'] },
	reception_points: { visible: ['name'], optionalText: [] },
	policies: { visible: ['organisation_name'], optionalText: ['organisation_address', 'hosting'] },
	questionnaires: { visible: [], optionalText: [] },
	questions: { visible: [], optionalText: [] }
};
/** A site's closure days: a year of them is a few dozen; this bounds a pasted mistake. */
const MAX_CLOSURES = 400;
const LABEL_MAX = 500;
const { LANGUAGE_CODES: LANGUAGES } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/languages.js` : './languages.js'
);

const INVALID = 'validation_invalid_format';
const REQUIRED = 'validation_required';

/** The code for a site's closure days (null, or a list of distinct real days), or null when fine. */
function closuresCode(value) {
	if (value === null || value === undefined) return null;
	if (!Array.isArray(value) || value.length > MAX_CLOSURES) return INVALID;
	if (!value.every(isRealDay)) return INVALID;
	return new Set(value).size === value.length ? null : INVALID;
}

/** The code for a label per language ({ fr: '…', en: '…' }: French required, each shows something). */
function labelsCode(value) {
	if (!isObject(value)) return INVALID;
	const fr = own(value, 'fr');
	if (typeof fr === 'string' && isCleanText(fr) && visibleText(fr) === '') return REQUIRED;
	if (fr === undefined) return REQUIRED;
	for (const language of Object.keys(value)) {
		const text = value[language];
		if (!LANGUAGES.includes(language) || typeof text !== 'string' || !isCleanText(text)) return INVALID;
		if (text.length > LABEL_MAX) return INVALID;
		if (text.trim() !== '' && visibleText(text) === '') return INVALID;
	}
	return null;
}

/** Reads a json field's stored text; undefined when it is no JSON (PocketBase would not store that). */
function parsedJson(text) {
	if (text === '' || text === null || text === undefined) return null;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * The field codes for a create or update of a settings record, or null when it may be saved.
 * @param {string} collection
 * @param {(field: string) => string} stored the record's value of a field as PocketBase will save it
 *   (json fields as their JSON text)
 * @returns {Record<string, string> | null}
 */
function settingsErrors(collection, stored) {
	const rules = own(FIELDS, collection);
	if (!rules) return null;
	/** @type {Record<string, string>} */
	const errors = {};
	for (const field of rules.visible) {
		const text = stored(field);
		if (!isCleanText(text)) errors[field] = INVALID;
		else if (text !== '' && visibleText(text) === '') errors[field] = REQUIRED;
	}
	for (const field of rules.optionalText) {
		const text = stored(field);
		if (!isCleanText(text) || (text.trim() !== '' && visibleText(text) === '')) errors[field] = INVALID;
	}
	if (collection === 'sites') {
		const code = closuresCode(parsedJson(stored('closures')));
		if (code) errors.closures = code;
	}
	const labelField = collection === 'questionnaires' ? 'title' : collection === 'questions' ? 'label' : null;
	if (labelField) {
		const code = labelsCode(parsedJson(stored(labelField)));
		if (code) errors[labelField] = code;
	}
	return Object.keys(errors).length > 0 ? errors : null;
}

/** The settings collections these checks cover. */
const SETTINGS_COLLECTIONS = Object.keys(FIELDS);

/**
 * onRecordCreateRequest / onRecordUpdateRequest on the settings collections (goja): refuses with a code
 * per field, as PocketBase refuses its own validation errors, before anything is saved.
 */
function guardSettings(e) {
	const { badRequest } = require(`${__hooks}/lib/responses.js`);
	const errors = settingsErrors(e.record.collection().name, (field) => e.record.getString(field));
	if (errors) return badRequest(e, 'Failed to save the settings.', errors);
	return e.next();
}

module.exports = { settingsErrors, closuresCode, labelsCode, guardSettings, SETTINGS_COLLECTIONS };
