// Who signs in: staff (agents, referents, admins, scoped to sites) and enrolled kiosk devices.
const STAFF = '@request.auth.collectionName = "staff"';
const ADMIN = '@request.auth.collectionName = "staff" && @request.auth.role = "admin"';
const MANAGER =
	'@request.auth.collectionName = "staff" && (@request.auth.role = "referent" || @request.auth.role = "admin")';

migrate(
	(app) => {
		const sites = app.findCollectionByNameOrId('sites');
		const points = app.findCollectionByNameOrId('reception_points');

		const staff = new Collection({
			type: 'auth',
			name: 'staff',
			// Colleagues see each other (assignment); only admins create, delete, or change roles and sites.
			listRule: STAFF,
			viewRule: STAFF,
			createRule: ADMIN,
			updateRule: `${ADMIN} || (id = @request.auth.id && @request.body.role:isset = false && @request.body.sites:isset = false)`,
			deleteRule: ADMIN,
			manageRule: ADMIN,
			authRule: '',
			passwordAuth: { enabled: true, identityFields: ['email'] },
			authToken: { duration: 12 * 3600 },
			fields: [
				{ type: 'text', name: 'name', required: true, min: 2, max: 120 },
				{
					type: 'select',
					name: 'role',
					required: true,
					maxSelect: 1,
					values: ['agent', 'referent', 'admin']
				},
				{ type: 'relation', name: 'sites', maxSelect: 50, collectionId: sites.id, cascadeDelete: false },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			]
		});
		app.save(staff);

		const kiosks = new Collection({
			type: 'auth',
			name: 'kiosks',
			listRule: `id = @request.auth.id || (${MANAGER}) || (${STAFF} && @request.auth.sites.id ?= site)`,
			viewRule: `id = @request.auth.id || (${MANAGER}) || (${STAFF} && @request.auth.sites.id ?= site)`,
			createRule: MANAGER,
			updateRule: MANAGER,
			deleteRule: MANAGER,
			manageRule: MANAGER,
			// A revoked device cannot obtain or refresh a token.
			authRule: 'status = "active"',
			// Devices never hold a password: their long-lived token comes from a one-time enrolment link.
			passwordAuth: { enabled: false, identityFields: ['email'] },
			authToken: { duration: 365 * 24 * 3600 },
			fields: [
				{ type: 'text', name: 'name', required: true, min: 2, max: 120 },
				{
					type: 'relation',
					name: 'site',
					required: true,
					maxSelect: 1,
					collectionId: sites.id,
					cascadeDelete: false
				},
				{
					type: 'relation',
					name: 'reception_point',
					maxSelect: 1,
					collectionId: points.id,
					cascadeDelete: false
				},
				{ type: 'select', name: 'languages', required: true, maxSelect: 2, values: ['fr', 'en'] },
				{ type: 'select', name: 'status', required: true, maxSelect: 1, values: ['active', 'revoked'] },
				{ type: 'date', name: 'last_seen_at' },
				// Last health report: pending count, last sync, persisted storage, app version.
				{ type: 'json', name: 'health', maxSize: 4000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			]
		});
		app.save(kiosks);
		// Auth collections get their system fields on first save; a device has no e-mail address.
		const saved = app.findCollectionByNameOrId('kiosks');
		saved.fields.getByName('email').required = false;
		app.save(saved);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('kiosks'));
		app.delete(app.findCollectionByNameOrId('staff'));
	}
);
