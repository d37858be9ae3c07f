// PocketBase casts what the record API receives to the fields' types before saving ("yes" becomes false,
// 42 becomes "42", ["a"] fills a single select): a wrong type would be stored as a plausible value. This
// checks the JSON body's own types against the collection's fields first, for every request that creates
// or updates a record, whoever sends it. Pure: lib/record-body.js hands it the fields and the body.

const TEXT_TYPES = ['text', 'email', 'url', 'editor', 'password', 'date'];
const LIST_TYPES = ['select', 'relation', 'file'];

const isString = (v) => typeof v === 'string';

/** Is this value of the field's type, as JSON carries it? */
function fits(field, value, modifier) {
	if (field.type === 'json') return true;
	if (field.type === 'number') return typeof value === 'number' && Number.isFinite(value);
	if (field.type === 'bool') return typeof value === 'boolean';
	// null empties a text (the dashboard sends an untouched password as null: no change).
	if (TEXT_TYPES.includes(field.type)) return isString(value) || value === null;
	if (LIST_TYPES.includes(field.type)) {
		if (value === null) return modifier === '';
		if (isString(value)) return true;
		// A list only where the field holds several values (or a modifier adds or removes several).
		return Array.isArray(value) && (field.maxSelect > 1 || modifier !== '') && value.every(isString);
	}
	// autodate, geoPoint and anything newer: not set through this app's API.
	return false;
}

/**
 * The body's fields whose value is not of the field's type, with the code `invalid`. Keys that name no
 * field are left to PocketBase (it ignores them; `passwordConfirm`, `oldPassword`). Modifiers (`n+`,
 * `sites+`, `+sites`, `sites-`) are checked against the field they modify.
 * @param {{ name: string, type: string, maxSelect?: number }[]} fields
 * @param {Record<string, unknown>} body the request's JSON object
 * @returns {Record<string, string>}
 */
function typeErrors(fields, body) {
	const byName = Object.create(null);
	for (const field of fields) byName[field.name] = field;
	/** @type {Record<string, string>} */
	const errors = {};
	for (const key of Object.keys(body)) {
		const match = /^(\+?)(.*?)([+-]?)$/.exec(key);
		const name = match[2];
		const modifier = match[1] || match[3];
		const field = byName[name];
		// Keys that name no field, and autodates (PocketBase sets them whatever is sent: the dashboard sends
		// them back as it read them), are left to PocketBase.
		if (!field || field.type === 'autodate') continue;
		if (modifier && field.type === 'number' && match[3] === '+') {
			if (typeof body[key] !== 'number' || !Number.isFinite(body[key])) errors[name] = 'invalid';
		} else if (!fits(field, body[key], modifier)) errors[name] = 'invalid';
	}
	return errors;
}

module.exports = { typeErrors };
