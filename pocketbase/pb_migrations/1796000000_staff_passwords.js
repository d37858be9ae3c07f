// Staff passwords for a State service: length over complexity (12 characters at least, no composition
// rule), and a way back in by e-mail when one is forgotten:
// - the reset e-mail is in French and links to the app's own page, the token after `#` so that it never
//   reaches a server log or a Referer header; the link works for 30 minutes;
// - asking for a reset and confirming one are rate-limited per address, like sign-ins.
const RESET_BODY = `<p>Bonjour,</p>
<p>Une réinitialisation du mot de passe de votre compte {APP_NAME} a été demandée.</p>
<p><a href="{APP_URL}/connexion/nouveau-mot-de-passe#{TOKEN}">Choisir un nouveau mot de passe</a></p>
<p>Ce lien est valable 30 minutes et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message :
votre mot de passe actuel reste valable.</p>
<p>{APP_NAME}</p>`;

migrate(
	(app) => {
		const staff = app.findCollectionByNameOrId('staff');
		staff.fields.getByName('password').min = 12;
		staff.passwordResetToken.duration = 30 * 60;
		staff.resetPasswordTemplate.subject = '{APP_NAME} : nouveau mot de passe';
		staff.resetPasswordTemplate.body = RESET_BODY;
		app.save(staff);

		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			{ label: '*:requestPasswordReset', audience: '@guest', duration: 300, maxRequests: 5 },
			{ label: '*:confirmPasswordReset', audience: '@guest', duration: 300, maxRequests: 10 },
			...settings.rateLimits.rules
		]);
		app.save(settings);
	},
	(app) => {
		const staff = app.findCollectionByNameOrId('staff');
		staff.fields.getByName('password').min = 8;
		app.save(staff);
		const settings = app.settings();
		settings.rateLimits.rules = settings.rateLimits.rules.filter(
			(rule) => !['*:requestPasswordReset', '*:confirmPasswordReset'].includes(rule.label)
		);
		app.save(settings);
	}
);
