// The acknowledgement of receipt (accusé de réception, CRPA art. L112-11) of a complaint or an
// information request: receipt date, reference, the service in charge and how to reach it, the date by
// which the answer is due, and the private tracking link. French, then English when the visitor wrote in
// English. Pure; written out by lib/mail-format.js.
// The visitor's own text is not repeated: the message cannot be used to relay someone else's words.

const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);

/** One language's paragraphs; each paragraph is a list of lines, `link` marks the tracking URL. */
function paragraphs(ack, language) {
	const fr = language === 'fr';
	const what = fr
		? ack.kind === 'information'
			? 'votre demande d’information'
			: 'votre réclamation'
		: ack.kind === 'information'
			? 'your request for information'
			: 'your complaint';
	const service = [ack.site.name, ack.service].filter(Boolean).join(' – ');
	const contact = [service];
	if (ack.site.contact_email) contact.push(`${fr ? 'Courriel' : 'E-mail'} : ${ack.site.contact_email}`);
	if (ack.site.contact_address)
		contact.push(`${fr ? 'Adresse postale' : 'Postal address'} : ${ack.site.contact_address}`);
	return [
		[fr ? 'Madame, Monsieur,' : 'Dear Sir or Madam,'],
		[
			fr
				? `Nous avons bien reçu ${what} le ${longDate(ack.receivedOn, 'fr')}, sous la référence ${ack.reference}.`
				: `We received ${what} on ${longDate(ack.receivedOn, 'en')}, under the reference ${ack.reference}.`
		],
		[fr ? 'Service chargé de votre demande :' : 'Service in charge of your request:', ...contact],
		[
			fr
				? `Nous vous répondrons au plus tard le ${longDate(ack.dueOn, 'fr')}.`
				: `We will answer you by ${longDate(ack.dueOn, 'en')} at the latest.`
		],
		[
			fr
				? 'Suivre votre demande (lien personnel, ne le transmettez pas) :'
				: 'Follow your request (private link, do not share it):',
			{ link: ack.trackingUrl }
		],
		[
			fr
				? 'Ce message est un accusé de réception automatique (article L112-11 du code des relations entre le public et l’administration) ; merci de ne pas y répondre.'
				: 'This is an automatic acknowledgement of receipt; please do not reply to it.'
		]
	];
}

/**
 * The acknowledgement e-mail.
 * @param {{ language: 'fr'|'en', kind: 'complaint'|'information', reference: string, receivedOn: string,
 *   dueOn: string, service: string, trackingUrl: string,
 *   site: { name: string, contact_email: string, contact_address: string } }} ack dates as 'YYYY-MM-DD'
 * @returns {{ subject: string, text: string, html: string }}
 */
function ackMail(ack) {
	const languages = ack.language === 'en' ? ['fr', 'en'] : ['fr'];
	const { text, html } = renderMail(
		languages.map((language) => ({ language, paragraphs: paragraphs(ack, language) }))
	);
	const label = ack.kind === 'information' ? 'demande d’information' : 'réclamation';
	const subject =
		ack.language === 'en'
			? `Accusé de réception / Acknowledgement of receipt – ${ack.reference}`
			: `Accusé de réception de votre ${label} ${ack.reference}`;
	return { subject, text, html };
}

module.exports = { ackMail };
