// Deployment settings from the environment (SMTP relay, sender, the app's public URL), applied at every start.
onBootstrap((e) => {
	e.next();
	const { applyAppUrl, applyMailSettings } = require(`${__hooks}/lib/mail-settings.js`);
	const getenv = (name) => $os.getenv(name);
	applyMailSettings(e.app, getenv);
	applyAppUrl(e.app, getenv);
});
