// What nobody may rewrite, not even a superuser through the API or the dashboard: survey rows and their
// daily counts, suggestions, the words and facts of a complaint as received, and the alerts' trail. Staff act on complaints
// through the workflow routes, which change only the workflow's own fields and leave a trail.

/** Collections whose records are never updated nor deleted once stored. */
const SEALED = [
	'survey_responses',
	'survey_answers',
	'answer_counts',
	'suggestions',
	'complaint_events',
	'alert_events'
];

/** A complaint's fields that the workflow and the acknowledgement may change; every other field is sealed. */
const COMPLAINT_WORKFLOW_FIELDS = [
	'status',
	'deadline_at',
	'assignee',
	'answer',
	'answered_at',
	'answered_in_time',
	'first_response_at',
	'waiting_since',
	'paused_days',
	'ack_status',
	'hold_until',
	'hold_reason',
	'updated'
];

/**
 * The sealed fields whose value differs between the stored record and the one about to be saved.
 * @param {string[]} fields all the collection's field names
 * @param {(name: string) => string} before the stored value, as text
 * @param {(name: string) => string} after the value about to be saved, as text
 */
function changedSealedFields(fields, before, after) {
	return fields.filter((name) => !COMPLAINT_WORKFLOW_FIELDS.includes(name) && before(name) !== after(name));
}

const LIST_TYPES = ['file', 'relation', 'select'];

/** A complaint's sealed fields that this save would change (for the record about to be saved). */
function sealedChanges(record) {
	const original = record.original();
	const types = {};
	for (const field of record.collection().fields) types[field.getName()] = field.type();
	// Lists (files, relations, selects) as JSON arrays, everything else as the stored text.
	const text = (r, name) =>
		LIST_TYPES.includes(types[name]) ? JSON.stringify(r.getStringSlice(name)) : r.getString(name);
	return changedSealedFields(
		Object.keys(types),
		(name) => text(original, name),
		(name) => text(record, name)
	);
}

/** The 403 answer for a request that tries to rewrite what is sealed. */
function refuse(e, message) {
	return e.json(403, { status: 403, code: 'append_only', message, data: {} });
}

module.exports = { SEALED, COMPLAINT_WORKFLOW_FIELDS, changedSealedFields, sealedChanges, refuse };
