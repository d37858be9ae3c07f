/// <reference path="../../pb_data/types.d.ts" />
// Deployment settings from the environment (SMTP relay, sender), applied at every start.
onBootstrap((e) => {
	e.next();
	const { applyMailSettings } = require(`${__hooks}/lib/mail-settings.js`);
	applyMailSettings(e.app, (name) => $os.getenv(name));
});
