// How the app's e-mails are written: paragraphs of lines rendered once as plain text and once as escaped
// HTML, and dates spelt out by hand with the catalogue's names (PocketBase's JS engine has no Intl). Pure.

const { mailText, mailWords } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-text.js` : './mail-text.js'
);
const { textIn } = require(typeof __hooks === 'string' ? `${__hooks}/lib/languages.js` : './languages.js');

/** The `lang` and `dir` attributes of a section in `language` ("zh" → lang="zh-Hans", Arabic right to left). */
function sectionAttributes(language) {
	const { lang, dir } = textIn(language);
	return `lang="${escapeHtml(lang)}" dir="${dir}"`;
}

/**
 * 'YYYY-MM-DD' in the language's own order and words (its `date` pattern, weekdays and months): 'mardi 1er
 * décembre 2026', 'Tuesday 1 December 2026', 'martes, 1 de diciembre de 2026', '2026年12月1日（星期二）'.
 */
function longDate(day, language) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
	const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return mailText(language, 'date', {
		weekday: mailWords(language, 'weekdays')[new Date(Date.UTC(year, month - 1, date)).getUTCDay()],
		day: language === 'fr' && date === 1 ? '1er' : String(date),
		month: mailWords(language, 'months')[month - 1],
		year: String(year)
	});
}

const escapeHtml = (s) =>
	String(s)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');

/**
 * Renders sections (one per language) of paragraphs (lists of lines). A line is a string, or
 * `{ link }` for a URL. Everything is escaped in the HTML version: no caller's text can become markup.
 * @param {{ language: string, paragraphs: Array<Array<string | { link: string }>> }[]} sections
 * @returns {{ text: string, html: string }}
 */
function renderMail(sections) {
	const textLine = (l) => (typeof l === 'string' ? l : l.link);
	const htmlLine = (l) =>
		typeof l === 'string' ? escapeHtml(l) : `<a href="${escapeHtml(l.link)}">${escapeHtml(l.link)}</a>`;
	const text = sections
		.map((s) => s.paragraphs.map((lines) => lines.map(textLine).join('\n')).join('\n\n'))
		.join('\n\n----------\n\n');
	const html = sections
		.map(
			(s) =>
				`<div ${sectionAttributes(s.language)}>` +
				s.paragraphs.map((lines) => `<p>${lines.map(htmlLine).join('<br>')}</p>`).join('') +
				'</div>'
		)
		.join('<hr>');
	return { text, html };
}

module.exports = { longDate, escapeHtml, renderMail };
