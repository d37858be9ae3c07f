// Questionnaire versions: an active version is frozen (answers keep pointing at the version they
// answered). POST /api/qep/questionnaires/{id}/new-version copies a version and its questions into a new
// draft; POST /api/qep/questionnaires/{id}/activate puts a draft in service and archives the version it
// replaces. Referents and admins only.
const { managerOf: managerOfRequest } = require(`${__hooks}/lib/complaint-actions.js`);
const { badRequest } = require(`${__hooks}/lib/responses.js`);

const managerOf = (e) => managerOfRequest(e, 'Only the quality referent changes questionnaires.');

function questionnaireOf(app, id) {
	try {
		return app.findRecordById('questionnaires', id);
	} catch {
		throw new NotFoundError('No such questionnaire.');
	}
}

const questionsOf = (app, questionnaire) =>
	app.findRecordsByFilter('questions', 'questionnaire = {:q}', 'position', 0, 0, { q: questionnaire.id });

/** POST /api/qep/questionnaires/{id}/new-version */
function handleNewVersion(e) {
	managerOf(e);
	/** @type {core.Record} */
	let draft;
	e.app.runInTransaction((tx) => {
		const source = questionnaireOf(tx, e.request.pathValue('id'));
		const code = source.getString('code');
		const pending = tx.findRecordsByFilter('questionnaires', 'code = {:code} && status = "draft"', '', 1, 0, {
			code
		});
		if (pending.length > 0) {
			draft = pending[0];
			return; // one draft at a time: edit it
		}
		const latest = tx.findRecordsByFilter('questionnaires', 'code = {:code}', '-version', 1, 0, { code })[0];
		draft = new Record(tx.findCollectionByNameOrId('questionnaires'));
		draft.set('code', code);
		draft.set('version', latest.getInt('version') + 1);
		draft.set('status', 'draft');
		draft.set('title', JSON.parse(source.getString('title')));
		draft.set('languages', source.getStringSlice('languages'));
		tx.save(draft);
		for (const question of questionsOf(tx, source)) {
			const copy = new Record(tx.findCollectionByNameOrId('questions'));
			copy.set('questionnaire', draft.id);
			copy.set('engagement', question.getString('engagement'));
			copy.set('position', question.getInt('position'));
			copy.set('label', JSON.parse(question.getString('label')));
			tx.save(copy);
		}
	});
	return e.json(200, { id: draft.id, version: draft.getInt('version'), status: 'draft' });
}

/** POST /api/qep/questionnaires/{id}/activate */
function handleActivate(e) {
	managerOf(e);
	let refusal = null;
	let activated;
	e.app.runInTransaction((tx) => {
		const draft = questionnaireOf(tx, e.request.pathValue('id'));
		if (draft.getString('status') !== 'draft') {
			refusal = { status: 'not_draft' };
			return;
		}
		if (questionsOf(tx, draft).length === 0) {
			refusal = { questions: 'required' };
			return;
		}
		const active = tx.findRecordsByFilter('questionnaires', 'code = {:code} && status = "active"', '', 0, 0, {
			code: draft.getString('code')
		});
		for (const previous of active) {
			previous.set('status', 'archived');
			tx.save(previous);
		}
		draft.set('status', 'active');
		tx.save(draft);
		activated = { id: draft.id, version: draft.getInt('version'), archived: active.map((q) => q.id) };
	});
	if (refusal) return badRequest(e, 'This version cannot be activated.', refusal);
	return e.json(200, activated);
}

module.exports = { handleNewVersion, handleActivate };
