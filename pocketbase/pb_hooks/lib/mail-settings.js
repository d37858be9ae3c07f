// SMTP configuration from the environment, so a deployment sets its mail relay without the dashboard.
// Variables: SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_TLS ("true" for implicit TLS),
// MAIL_FROM_ADDRESS, MAIL_FROM_NAME. What is not set keeps the value the database has.
// APP_URL: the app's public address, where the links in e-mails point (settings.meta.appURL), and the one
// way the hooks read it back to build those links.

/** Parses the environment into SMTP settings, or null when SMTP_HOST is not set. Throws on bad values. */
function mailSettingsFromEnv(getenv) {
	const host = getenv('SMTP_HOST');
	if (!host) return null;
	const port = Number(getenv('SMTP_PORT') || 25);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`SMTP_PORT is not a port: ${getenv('SMTP_PORT')}`);
	return {
		smtp: {
			enabled: true,
			host,
			port,
			username: getenv('SMTP_USERNAME') || '',
			password: getenv('SMTP_PASSWORD') || '',
			tls: getenv('SMTP_TLS') === 'true'
		},
		senderAddress: getenv('MAIL_FROM_ADDRESS') || '',
		senderName: getenv('MAIL_FROM_NAME') || ''
	};
}

/** Writes the environment's SMTP settings into the app settings when they differ. */
function applyMailSettings(app, getenv) {
	const wanted = mailSettingsFromEnv(getenv);
	if (!wanted) return false;
	const settings = app.settings();
	const smtp = settings.smtp;
	const senderAddress = wanted.senderAddress || settings.meta.senderAddress;
	const senderName = wanted.senderName || settings.meta.senderName;
	const same =
		smtp.enabled &&
		smtp.host === wanted.smtp.host &&
		smtp.port === wanted.smtp.port &&
		smtp.username === wanted.smtp.username &&
		smtp.password === wanted.smtp.password &&
		smtp.tls === wanted.smtp.tls &&
		settings.meta.senderAddress === senderAddress &&
		settings.meta.senderName === senderName;
	if (same) return false;
	Object.assign(smtp, wanted.smtp);
	settings.meta.senderAddress = senderAddress;
	settings.meta.senderName = senderName;
	app.save(settings);
	return true;
}

const withoutTrailingSlash = (url) => String(url).replace(/\/+$/, '');

/** The app's public address (settings.meta.appURL) without its trailing slash: links append `/path`. */
const appUrlOf = (app) => withoutTrailingSlash(app.settings().meta.appURL);

/** APP_URL without its trailing slash, or null when it is not set. Throws when it is not an http(s) URL. */
function appUrlFromEnv(getenv) {
	const url = getenv('APP_URL');
	if (!url) return null;
	if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url))
		throw new Error(`APP_URL is not an http(s) URL: ${url}`);
	return withoutTrailingSlash(url);
}

/** Writes APP_URL into settings.meta.appURL when it differs. */
function applyAppUrl(app, getenv) {
	const url = appUrlFromEnv(getenv);
	if (!url) return false;
	const settings = app.settings();
	if (settings.meta.appURL === url) return false;
	settings.meta.appURL = url;
	app.save(settings);
	return true;
}

module.exports = { mailSettingsFromEnv, applyMailSettings, appUrlFromEnv, applyAppUrl, appUrlOf };
