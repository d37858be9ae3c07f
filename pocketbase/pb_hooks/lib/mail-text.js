// The words of the e-mails sent to the public, by language, from lib/mail-messages.json: the one place to
// translate them. French always comes first (the administration's language); another language is added
// after it when the requester wrote in it. Pure.

const MESSAGES = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-messages.json` : './mail-messages.json'
);

/** The languages the e-mails are written in. */
const MAIL_LANGUAGES = Object.keys(MESSAGES);

/**
 * The languages of one e-mail: French, then the requester's own when it is another one the catalogue has.
 * @param {string} language
 * @returns {string[]}
 */
function mailLanguages(language) {
	return language !== 'fr' && MAIL_LANGUAGES.includes(language) ? ['fr', language] : ['fr'];
}

/**
 * The text of `key` in `language`, its `{name}` placeholders filled from `params`.
 * @param {string} language
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 * @returns {string}
 */
function mailText(language, key, params = {}) {
	const table = MESSAGES[language];
	const template = table ? table[key] : undefined;
	if (typeof template !== 'string') throw new Error(`No e-mail text "${key}" in "${language}"`);
	return template.replace(/\{(\w+)\}/g, (_, name) => {
		if (!(name in params)) throw new Error(`E-mail text "${key}" needs {${name}}`);
		return String(params[name]);
	});
}

/**
 * A list of words of `language` (weekdays, months).
 * @param {string} language
 * @param {'weekdays' | 'months'} key
 * @returns {string[]}
 */
function mailWords(language, key) {
	const words = MESSAGES[language] ? MESSAGES[language][key] : undefined;
	if (!Array.isArray(words)) throw new Error(`No e-mail words "${key}" in "${language}"`);
	return words;
}

/**
 * "votre réclamation" / "your request for information"…
 * @param {string} language
 * @param {string} kind 'complaint' or 'information'
 */
function yourRequest(language, kind) {
	return mailText(language, kind === 'information' ? 'your_information' : 'your_complaint');
}

/**
 * How to reach the service in charge: its name (with the site's), then the site's e-mail and postal address
 * when it has them.
 * @param {string} language
 * @param {{ name: string, contact_email: string, contact_address: string }} site
 * @param {string} service
 * @returns {string[]}
 */
function contactLines(language, site, service) {
	const lines = [[site.name, service].filter(Boolean).join(' – ')];
	if (site.contact_email) lines.push(mailText(language, 'contact_email', { email: site.contact_email }));
	if (site.contact_address)
		lines.push(mailText(language, 'contact_address', { address: site.contact_address }));
	return lines;
}

/**
 * The subject: in French alone, it names the request ("Réponse à votre réclamation 2026-R-000123"); in
 * two languages, each language's title then the reference ("Réponse / Answer – 2026-R-000123").
 * @param {'ack' | 'answer'} mail
 * @param {string[]} languages as mailLanguages gives them
 * @param {string} kind
 * @param {string} reference
 */
function subjectOf(mail, languages, kind, reference) {
	if (languages.length === 1)
		return mailText('fr', `${mail}_subject`, { what: yourRequest('fr', kind), reference });
	return `${languages.map((language) => mailText(language, `${mail}_title`)).join(' / ')} – ${reference}`;
}

module.exports = {
	MAIL_LANGUAGES,
	contactLines,
	mailLanguages,
	mailText,
	mailWords,
	subjectOf,
	yourRequest
};
