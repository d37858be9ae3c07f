// Sends one e-mail through the SMTP relay of the settings, and says what happened. Never through the
// local sendmail PocketBase would otherwise fall back to: that is not a configured relay. Each outcome is
// noted for the operations status (lib/mail-health.js).

const { noteMailOutcome, withoutAddresses } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-health.js` : './mail-health.js'
);

/**
 * @param {any} app
 * @param {{ to: string, subject: string, text: string, html: string }} mail `to` '' when there is nobody to write to
 * @returns {'sent'|'failed'|'not_requested'|'not_configured'}
 */
function sendMail(app, mail) {
	if (!mail.to) return 'not_requested';
	const settings = app.settings();
	if (!settings.smtp.enabled) return 'not_configured';
	try {
		app.newMailClient().send(
			new MailerMessage({
				from: { address: settings.meta.senderAddress, name: settings.meta.senderName },
				to: [{ address: mail.to }],
				subject: mail.subject,
				text: mail.text,
				html: mail.html
			})
		);
		noteMailOutcome(app.store(), 'sent', Date.now());
		return 'sent';
	} catch (err) {
		app.logger().error('E-mail not sent', 'subject', mail.subject, 'error', withoutAddresses(err));
		noteMailOutcome(app.store(), 'failed', Date.now(), String(err));
		return 'failed';
	}
}

module.exports = { sendMail };
