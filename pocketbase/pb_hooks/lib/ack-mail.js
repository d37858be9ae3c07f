// The acknowledgement of receipt (accusé de réception, CRPA art. L112-11) of a complaint or an
// information request: receipt date, reference, the service in charge and how to reach it, the date by
// which the answer is due, and the private tracking link. French, then the visitor's language when they
// wrote in another one, which says that only the French text is authoritative (legal wording). Pure;
// written out by lib/mail-format.js.
// The visitor's own text is not repeated: the message cannot be used to relay someone else's words.

const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);
const { contactLines, mailLanguages, mailText, subjectOf, yourRequest } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-text.js` : './mail-text.js'
);

/** One language's paragraphs; each paragraph is a list of lines, `link` marks the tracking URL. */
function paragraphs(ack, language) {
	const t = (key, params) => mailText(language, key, params);
	const what = yourRequest(language, ack.kind);
	return [
		[t('greeting')],
		[t('ack_received', { what, date: longDate(ack.receivedOn, language), reference: ack.reference })],
		[t('ack_service'), ...contactLines(language, ack.site, ack.service)],
		[t('ack_due', { date: longDate(ack.dueOn, language) })],
		[t('ack_follow'), { link: ack.trackingUrl }],
		[t('ack_automatic')],
		...(language === 'fr' ? [] : [[t('translation_notice')]])
	];
}

/**
 * The acknowledgement e-mail.
 * @param {{ language: string, kind: 'complaint'|'information', reference: string, receivedOn: string,
 *   dueOn: string, service: string, trackingUrl: string,
 *   site: { name: string, contact_email: string, contact_address: string } }} ack dates as 'YYYY-MM-DD'
 * @returns {{ subject: string, text: string, html: string }}
 */
function ackMail(ack) {
	const languages = mailLanguages(ack.language);
	return {
		subject: subjectOf('ack', languages, ack.kind, ack.reference),
		...renderMail(languages.map((language) => ({ language, paragraphs: paragraphs(ack, language) })))
	};
}

module.exports = { ackMail };
