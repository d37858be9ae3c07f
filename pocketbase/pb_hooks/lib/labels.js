// French names the published results use for months and channels. Pure (no Intl in PocketBase's engine).

const { mailWords } = require(typeof __hooks === 'string' ? `${__hooks}/lib/mail-text.js` : './mail-text.js');

/** 'YYYY-MM' as 'mars 2026'. */
function monthLabel(month) {
	const m = /^(\d{4})-(\d{2})$/.exec(month);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return month;
	return `${mailWords('fr', 'months')[Number(m[2]) - 1]} ${m[1]}`;
}

// The app's own French names (src/lib/channel-label.ts, the catalogue's `channel_*` and `pub_point_none`),
// held equal by src/lib/channel-label.parity.spec.ts.
const CHANNEL_LABELS = { kiosk: 'Borne d’accueil', web: 'Site internet', paper: 'Formulaire papier' };
const NO_POINT_LABEL = 'Sans point d’accueil (site internet)';

module.exports = { monthLabel, CHANNEL_LABELS, NO_POINT_LABEL };
