// Deleting a record that others point to would empty their references behind everyone's back (a survey
// row losing its reception point changes the figures; the trail losing its actor is refused outright), so
// such a delete is refused with `in_use`. Relations that cascade on purpose (a draft's questions) are not
// references in this sense.

/**
 * The collections whose records still point at this record, through a relation that does not cascade.
 * @param {any} app
 * @param {any} record
 * @returns {string[]}
 */
function referencesTo(app, record) {
	const target = record.collection().id;
	const found = [];
	for (const collection of app.findAllCollections()) {
		for (const field of collection.fields) {
			if (field.type() !== 'relation' || field.collectionId !== target || field.cascadeDelete) continue;
			const rows = app.findRecordsByFilter(collection.name, `${field.getName()} ?= {:id}`, '', 1, 0, {
				id: record.id
			});
			if (rows.length > 0 && !found.includes(collection.name)) found.push(collection.name);
		}
	}
	return found;
}

module.exports = { referencesTo };
