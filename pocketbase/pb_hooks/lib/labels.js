// French names the published results use for months and channels. Pure (no Intl in PocketBase's engine).

const { MONTHS } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);

/** 'YYYY-MM' as 'mars 2026'. */
function monthLabel(month) {
	const m = /^(\d{4})-(\d{2})$/.exec(month);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return month;
	return `${MONTHS.fr[Number(m[2]) - 1]} ${m[1]}`;
}

const CHANNEL_LABELS = { kiosk: 'Borne de l’accueil', web: 'Site internet', paper: 'Questionnaire papier' };

module.exports = { monthLabel, CHANNEL_LABELS };
