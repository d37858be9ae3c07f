// Turns PocketBase's own record validation errors ({field: {code, message}}, as an ApiError carries them)
// into the field codes the devices know. The route's pure checks catch almost everything first; this
// covers what only PocketBase can tell, such as an attachment's real size and content-sniffed type.

const CODES = {
	validation_required: 'required',
	validation_min_text_constraint: 'too_short',
	validation_max_text_constraint: 'too_long',
	validation_file_size_limit: 'file_too_large',
	validation_invalid_mime_type: 'file_type',
	validation_too_many_values: 'too_many_files'
};
// The device sends its token; the record keeps the token's hash.
const FIELD = { tracking_token_hash: 'tracking_token' };

/**
 * @param {Record<string, { code?: string }> | null | undefined} data
 * @returns {Record<string, string> | null} null when there is no field error
 */
function fromRecordErrors(data) {
	if (!data || typeof data !== 'object') return null;
	/** @type {Record<string, string>} */
	const errors = {};
	for (const field of Object.keys(data)) {
		const code = data[field] && data[field].code;
		// An id already taken means the item was stored before: a replay, not an error of the sender.
		if (field === 'id' && code === 'validation_not_unique') errors.id = 'duplicate';
		else errors[FIELD[field] || field] = CODES[code] || 'invalid';
	}
	return Object.keys(errors).length > 0 ? errors : null;
}

module.exports = { fromRecordErrors };
