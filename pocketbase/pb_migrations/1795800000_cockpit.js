// The referent's cockpit: frozen questionnaire versions, the action plan and its follow-up notes, and
// published results (frozen snapshots, public).
const STAFF = '@request.auth.collectionName = "staff"';
const MANAGER = `${STAFF} && (@request.auth.role = "referent" || @request.auth.role = "admin")`;

migrate(
	(app) => {
		// An active (or archived) version is frozen: only drafts change; new versions come from a route.
		const questionnaires = app.findCollectionByNameOrId('questionnaires');
		questionnaires.createRule = `(${MANAGER}) && @request.body.status = "draft"`;
		questionnaires.updateRule = `(${MANAGER}) && status = "draft" && (@request.body.status:isset = false || @request.body.status = "draft")`;
		app.save(questionnaires);
		const questions = app.findCollectionByNameOrId('questions');
		questions.createRule = `(${MANAGER}) && questionnaire.status = "draft"`;
		questions.updateRule = `(${MANAGER}) && questionnaire.status = "draft" && (@request.body.questionnaire:isset = false || @request.body.questionnaire = questionnaire)`;
		questions.deleteRule = `(${MANAGER}) && questionnaire.status = "draft"`;
		app.save(questions);

		const id = (name) => app.findCollectionByNameOrId(name).id;
		const rel = (name, collection, required = false) => ({
			type: 'relation',
			name,
			required,
			maxSelect: 1,
			collectionId: id(collection),
			cascadeDelete: false
		});
		const timestamps = [
			{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
			{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
		];

		const actions = new Collection({
			type: 'base',
			name: 'action_items',
			listRule: STAFF,
			viewRule: STAFF,
			createRule: MANAGER,
			updateRule: MANAGER,
			// Never deleted: an action that is not pursued is "abandonnée", and stays in the plan.
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'title', required: true, min: 3, max: 200 },
				{ type: 'text', name: 'description', max: 5000 },
				rel('engagement', 'engagements'),
				rel('site', 'sites'),
				rel('reception_point', 'reception_points'),
				rel('owner', 'staff'),
				{ type: 'date', name: 'due_date' },
				{
					type: 'select',
					name: 'status',
					required: true,
					maxSelect: 1,
					values: ['open', 'in_progress', 'done', 'abandoned']
				},
				// The figures that called for it: period, break-down, cell, n, rate.
				{ type: 'json', name: 'trigger', maxSize: 5000 },
				...timestamps
			],
			indexes: ['CREATE INDEX idx_action_items_status_due ON action_items (status, due_date)']
		});
		app.save(actions);

		const notes = new Collection({
			type: 'base',
			name: 'action_notes',
			listRule: STAFF,
			viewRule: STAFF,
			createRule: `(${MANAGER}) && author = @request.auth.id`,
			updateRule: null,
			deleteRule: null,
			fields: [
				rel('action', 'action_items', true),
				rel('author', 'staff', true),
				{ type: 'text', name: 'text', required: true, min: 1, max: 5000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_action_notes_action ON action_notes (action, created)']
		});
		app.save(notes);

		const publications = new Collection({
			type: 'base',
			name: 'publications',
			// Published results are public; a publication is frozen, made by the route, never changed.
			listRule: '',
			viewRule: '',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'label', required: true, min: 3, max: 120 },
				{ type: 'text', name: 'period_from', required: true, min: 10, max: 10 },
				{ type: 'text', name: 'period_to', required: true, min: 10, max: 10 },
				rel('published_by', 'staff'),
				{ type: 'json', name: 'snapshot', required: true, maxSize: 2000000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_publications_created ON publications (created)']
		});
		app.save(publications);
	},
	(app) => {
		for (const name of ['publications', 'action_notes', 'action_items'])
			app.delete(app.findCollectionByNameOrId(name));
		const MANAGER_RULE = MANAGER;
		const questionnaires = app.findCollectionByNameOrId('questionnaires');
		questionnaires.createRule = MANAGER_RULE;
		questionnaires.updateRule = MANAGER_RULE;
		app.save(questionnaires);
		const questions = app.findCollectionByNameOrId('questions');
		questions.createRule = MANAGER_RULE;
		questions.updateRule = MANAGER_RULE;
		questions.deleteRule = MANAGER_RULE;
		app.save(questions);
	}
);
