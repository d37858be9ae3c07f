// Reference data the public screens read: sites, reception points, engagements, questionnaires,
// questions and the policy. Visitors may read them; only the quality referent and admins change them.
// Rules are spelled out here on purpose: an applied migration is a frozen snapshot.
const MANAGER =
	'@request.auth.collectionName = "staff" && (@request.auth.role = "referent" || @request.auth.role = "admin")';
const STAFF = '@request.auth.collectionName = "staff"';

const ZONES = [
	'metropole',
	'alsace-moselle',
	'guadeloupe',
	'martinique',
	'guyane',
	'la-reunion',
	'mayotte',
	'saint-barthelemy',
	'saint-martin'
];
const TIME_ZONES = [
	'Europe/Paris',
	'America/Guadeloupe',
	'America/Martinique',
	'America/Cayenne',
	'Indian/Reunion',
	'Indian/Mayotte',
	'America/St_Barthelemy',
	'America/Marigot'
];
const LANGUAGES = ['fr', 'en'];
const POINT_KINDS = ['accueil_general', 'point_numerique', 'hall_etrangers', 'cert', 'standard', 'autre'];

const timestamps = () => [
	{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
	{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
];

const publicReadManagerWrite = {
	listRule: '',
	viewRule: '',
	createRule: MANAGER,
	updateRule: MANAGER,
	deleteRule: MANAGER
};

migrate(
	(app) => {
		const sites = new Collection({
			type: 'base',
			name: 'sites',
			...publicReadManagerWrite,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'name', required: true, min: 2, max: 120 },
				{ type: 'text', name: 'slug', required: true, min: 2, max: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
				{
					type: 'text',
					name: 'department_code',
					required: true,
					max: 3,
					pattern: '^(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-8])$'
				},
				{ type: 'select', name: 'zone', required: true, maxSelect: 1, values: ZONES },
				{ type: 'select', name: 'time_zone', required: true, maxSelect: 1, values: TIME_ZONES },
				// Prefecture's own closure days ('YYYY-MM-DD'), skipped by the working-day calendar.
				{ type: 'json', name: 'closures', maxSize: 20000 },
				{ type: 'email', name: 'contact_email' },
				{ type: 'text', name: 'contact_address', max: 300 },
				{ type: 'bool', name: 'active' },
				...timestamps()
			],
			indexes: ['CREATE UNIQUE INDEX idx_sites_slug ON sites (slug)']
		});
		app.save(sites);

		const points = new Collection({
			type: 'base',
			name: 'reception_points',
			...publicReadManagerWrite,
			fields: [
				{
					type: 'relation',
					name: 'site',
					required: true,
					maxSelect: 1,
					collectionId: sites.id,
					cascadeDelete: false
				},
				{ type: 'text', name: 'name', required: true, min: 2, max: 120 },
				{ type: 'text', name: 'slug', required: true, min: 2, max: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
				{ type: 'select', name: 'kind', required: true, maxSelect: 1, values: POINT_KINDS },
				{ type: 'bool', name: 'active' },
				...timestamps()
			],
			indexes: ['CREATE UNIQUE INDEX idx_points_site_slug ON reception_points (site, slug)']
		});
		app.save(points);

		const engagements = new Collection({
			type: 'base',
			name: 'engagements',
			...publicReadManagerWrite,
			deleteRule: null,
			fields: [
				{ type: 'number', name: 'module', required: true, onlyInt: true, min: 1, max: 2 },
				{ type: 'number', name: 'number', required: true, onlyInt: true, min: 1, max: 99 },
				{ type: 'text', name: 'theme', required: true, max: 120 },
				{ type: 'text', name: 'label', required: true, min: 3, max: 300 },
				...timestamps()
			],
			indexes: ['CREATE UNIQUE INDEX idx_engagements_number ON engagements (number)']
		});
		app.save(engagements);

		const questionnaires = new Collection({
			type: 'base',
			name: 'questionnaires',
			...publicReadManagerWrite,
			// Drafts and archives are the back office's business; visitors see the active version only.
			listRule: `status = "active" || ${STAFF}`,
			viewRule: `status = "active" || ${STAFF}`,
			deleteRule: `status = "draft" && (${MANAGER})`,
			fields: [
				// Stable across versions; a new version of the same questionnaire keeps its code.
				{ type: 'text', name: 'code', required: true, min: 2, max: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
				{ type: 'number', name: 'version', required: true, onlyInt: true, min: 1, max: 9999 },
				{
					type: 'select',
					name: 'status',
					required: true,
					maxSelect: 1,
					values: ['draft', 'active', 'archived']
				},
				// Labels per language: { "fr": "...", "en": "..." }.
				{ type: 'json', name: 'title', required: true, maxSize: 5000 },
				{ type: 'select', name: 'languages', required: true, maxSelect: LANGUAGES.length, values: LANGUAGES },
				...timestamps()
			],
			indexes: ['CREATE UNIQUE INDEX idx_questionnaires_code_version ON questionnaires (code, version)']
		});
		app.save(questionnaires);

		const questions = new Collection({
			type: 'base',
			name: 'questions',
			...publicReadManagerWrite,
			listRule: `questionnaire.status = "active" || ${STAFF}`,
			viewRule: `questionnaire.status = "active" || ${STAFF}`,
			fields: [
				{
					type: 'relation',
					name: 'questionnaire',
					required: true,
					maxSelect: 1,
					collectionId: questionnaires.id,
					cascadeDelete: true
				},
				{
					type: 'relation',
					name: 'engagement',
					required: true,
					maxSelect: 1,
					collectionId: engagements.id,
					cascadeDelete: false
				},
				{ type: 'number', name: 'position', required: true, onlyInt: true, min: 1, max: 100 },
				{ type: 'json', name: 'label', required: true, maxSize: 5000 },
				...timestamps()
			],
			indexes: ['CREATE UNIQUE INDEX idx_questions_position ON questions (questionnaire, position)']
		});
		app.save(questions);

		const policies = new Collection({
			type: 'base',
			name: 'policies',
			listRule: '',
			viewRule: '',
			createRule: null,
			updateRule: MANAGER,
			deleteRule: null,
			fields: [
				// Who publishes the service (header, legal pages, acknowledgements).
				{ type: 'text', name: 'organisation_name', required: true, min: 2, max: 120 },
				{ type: 'text', name: 'organisation_address', max: 300 },
				{ type: 'email', name: 'organisation_email' },
				// Data protection officer (RGPD art. 13: the notice gives their contact).
				{ type: 'email', name: 'dpo_email' },
				{ type: 'number', name: 'complaint_deadline_days', required: true, onlyInt: true, min: 1, max: 60 },
				{ type: 'number', name: 'information_deadline_days', required: true, onlyInt: true, min: 1, max: 60 },
				{ type: 'number', name: 'satisfaction_threshold', required: true, min: 0.01, max: 1 },
				{ type: 'number', name: 'minimum_sample', required: true, onlyInt: true, min: 1, max: 1000 },
				{ type: 'number', name: 'retention_months', required: true, onlyInt: true, min: 1, max: 120 },
				{ type: 'number', name: 'kiosk_cooldown_seconds', onlyInt: true, min: 0, max: 600 },
				...timestamps()
			]
		});
		app.save(policies);
	},
	(app) => {
		for (const name of [
			'policies',
			'questions',
			'questionnaires',
			'engagements',
			'reception_points',
			'sites'
		]) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
