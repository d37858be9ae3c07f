// The answer to a complaint or information request, e-mailed to the requester as the agent wrote it,
// with where to find it again. French, then English when the request was written in English. Pure.
const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);

/** One language's paragraphs. The agent's text keeps its own paragraphs and line breaks. */
function paragraphs(answer, language) {
	const fr = language === 'fr';
	const what = fr
		? answer.kind === 'information'
			? 'votre demande d’information'
			: 'votre réclamation'
		: answer.kind === 'information'
			? 'your request for information'
			: 'your complaint';
	const service = [answer.site.name, answer.service].filter(Boolean).join(' – ');
	const text = answer.text
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.map((block) => block.split('\n'));
	const contact = [service];
	if (answer.site.contact_email) contact.push(`${fr ? 'Courriel' : 'E-mail'} : ${answer.site.contact_email}`);
	if (answer.site.contact_address)
		contact.push(`${fr ? 'Adresse postale' : 'Postal address'} : ${answer.site.contact_address}`);
	return [
		[fr ? 'Madame, Monsieur,' : 'Dear Sir or Madam,'],
		[
			fr
				? `Voici notre réponse à ${what} reçue le ${longDate(answer.receivedOn, 'fr')} (référence ${answer.reference}) :`
				: `Here is our answer to ${what} received on ${longDate(answer.receivedOn, 'en')} (reference ${answer.reference}):`
		],
		...(fr ? text : []),
		[fr ? 'Service qui vous répond :' : 'Service answering you:', ...contact],
		[
			fr
				? 'Cette réponse reste consultable avec votre lien de suivi personnel (message d’accusé de réception), ou avec votre référence et votre adresse électronique sur :'
				: 'You can read this answer again with your private tracking link (acknowledgement e-mail), or with your reference and e-mail address at:',
			{ link: `${answer.appUrl}/suivi` }
		]
	];
}

/**
 * @param {{ language: 'fr'|'en', kind: 'complaint'|'information', reference: string, receivedOn: string,
 *   text: string, service: string, appUrl: string,
 *   site: { name: string, contact_email: string, contact_address: string } }} answer
 * @returns {{ subject: string, text: string, html: string }}
 */
function answerMail(answer) {
	const languages = answer.language === 'en' ? ['fr', 'en'] : ['fr'];
	const label = answer.kind === 'information' ? 'demande d’information' : 'réclamation';
	const subject =
		answer.language === 'en'
			? `Réponse / Answer – ${answer.reference}`
			: `Réponse à votre ${label} ${answer.reference}`;
	return {
		subject,
		...renderMail(languages.map((language) => ({ language, paragraphs: paragraphs(answer, language) })))
	};
}

module.exports = { answerMail };
