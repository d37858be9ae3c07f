// The languages visitors can read (languages.json, which the device reads too: one source), for the hooks.

/** @type {{ code: string, name: string, tag: string, dir: 'ltr' | 'rtl' }[]} */
const LIST = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/languages.json` : './languages.json'
).languages;

/** Their codes, in the order they are offered: what a response, a complaint or a label may be in. */
const LANGUAGE_CODES = LIST.map((language) => language.code);

/** The `lang` and `dir` of a text in `code` ("zh" → zh-Hans; Arabic right to left); `auto` for an unknown one. */
function textIn(code) {
	const known = LIST.find((language) => language.code === code);
	return known ? { lang: known.tag, dir: known.dir } : { lang: code, dir: 'auto' };
}

module.exports = { LANGUAGE_CODES, textIn };
