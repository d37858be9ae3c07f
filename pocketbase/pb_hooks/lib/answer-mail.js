// The answer to a complaint or information request, e-mailed to the requester as the agent wrote it,
// with where to find it again. French, then the requester's language when they wrote in another one: that
// section's frame is translated, the agent's text is not (it points to the French part above). Pure.
const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);
const { contactLines, mailLanguages, mailText, subjectOf, yourRequest } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-text.js` : './mail-text.js'
);

/** One language's paragraphs. The agent's text, in French only, keeps its own paragraphs and line breaks. */
function paragraphs(answer, language) {
	const t = (key, params) => mailText(language, key, params);
	const what = yourRequest(language, answer.kind);
	const text = answer.text
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.map((block) => block.split('\n'));
	return [
		[t('greeting')],
		[t('answer_intro', { what, date: longDate(answer.receivedOn, language), reference: answer.reference })],
		...(language === 'fr' ? text : [[t('answer_in_french')]]),
		[t('answer_service'), ...contactLines(language, answer.site, answer.service)],
		[t('answer_again'), { link: `${answer.appUrl}/suivi` }],
		...(language === 'fr' ? [] : [[t('translation_notice')]])
	];
}

/**
 * @param {{ language: string, kind: 'complaint'|'information', reference: string, receivedOn: string,
 *   text: string, service: string, appUrl: string,
 *   site: { name: string, contact_email: string, contact_address: string } }} answer
 * @returns {{ subject: string, text: string, html: string }}
 */
function answerMail(answer) {
	const languages = mailLanguages(answer.language);
	return {
		subject: subjectOf('answer', languages, answer.kind, answer.reference),
		...renderMail(languages.map((language) => ({ language, paragraphs: paragraphs(answer, language) })))
	};
}

module.exports = { answerMail };
