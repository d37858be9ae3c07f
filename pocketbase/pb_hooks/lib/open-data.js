// Published results as open data: one row per cell, the same columns in CSV and JSON, documented in
// COLUMNS (and the README). The CSV opens as it should in French spreadsheet software: UTF-8 with a byte
// order mark, semicolons, decimal commas, CRLF line ends. Pure.

/** Column name → what it holds (French names: the data is published in French). */
const COLUMNS = [
	['publication', 'identifiant de la publication'],
	['libelle', 'intitulé de la publication'],
	['periode_debut', 'premier jour de la période (AAAA-MM-JJ)'],
	['periode_fin', 'dernier jour de la période (AAAA-MM-JJ)'],
	['dimension', 'total, engagement, site, site_engagement, point, canal ou mois'],
	['cle', 'identifiant de la cellule dans sa dimension'],
	['intitule', 'intitulé de la cellule'],
	['masque', 'oui si moins de réponses que l’échantillon minimal : aucun chiffre publié'],
	['reponses', 'réponses exprimant un avis (sans avis exclus)'],
	['tres_satisfaits', 'réponses « très satisfait »'],
	['satisfaits', 'réponses « satisfait »'],
	['peu_satisfaits', 'réponses « peu satisfait »'],
	['pas_du_tout_satisfaits', 'réponses « pas du tout satisfait »'],
	['sans_avis', 'réponses « sans avis »'],
	['taux_satisfaction', '(très satisfaits + satisfaits) / réponses, entre 0 et 1'],
	['satisfaction_nette', 'part des satisfaits moins part des insatisfaits, entre -1 et 1'],
	['ic95_bas', 'borne basse de l’intervalle de confiance à 95 % (Wilson) du taux'],
	['ic95_haut', 'borne haute de l’intervalle de confiance à 95 % (Wilson) du taux'],
	['sous_le_seuil', 'oui si le taux est sous le seuil de satisfaction de la préfecture']
].map(([name, description]) => ({ name, description }));

/** The rows of a publication, values as numbers, booleans or null. */
function rowsOf(publication) {
	const s = publication.snapshot;
	return s.cells.map((cell) => ({
		publication: publication.id,
		libelle: s.label,
		periode_debut: s.period.from,
		periode_fin: s.period.to,
		dimension: cell.dimension,
		cle: cell.key,
		intitule: cell.label,
		masque: cell.suppressed,
		reponses: cell.suppressed ? null : cell.n,
		tres_satisfaits: cell.suppressed ? null : cell.counts.very_satisfied,
		satisfaits: cell.suppressed ? null : cell.counts.satisfied,
		peu_satisfaits: cell.suppressed ? null : cell.counts.dissatisfied,
		pas_du_tout_satisfaits: cell.suppressed ? null : cell.counts.very_dissatisfied,
		sans_avis: cell.suppressed ? null : cell.counts.no_opinion,
		taux_satisfaction: cell.suppressed ? null : cell.rate,
		satisfaction_nette: cell.suppressed ? null : cell.net,
		ic95_bas: cell.suppressed ? null : cell.ci_low,
		ic95_haut: cell.suppressed ? null : cell.ci_high,
		sous_le_seuil: cell.suppressed ? null : cell.below_threshold
	}));
}

// A text starting like a formula would run as one in the spreadsheet (CSV injection, OWASP): defused with
// a leading apostrophe, as the back office's exports do it (src/lib/cockpit/csv.ts, held to this one by
// csv.parity.spec.ts).
const FORMULA = /^[=+\-@\t\r]/;

/** A CSV field the French way: decimal comma, oui/non, quoted when needed, formulas defused. */
function field(value) {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		return String(Math.round(value * 10000) / 10000).replace('.', ',');
	}
	const raw = String(value);
	const text = FORMULA.test(raw) ? `'${raw}` : raw;
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text, byte order mark first. */
function toCsv(publication) {
	const names = COLUMNS.map((c) => c.name);
	const lines = [
		names.join(';'),
		...rowsOf(publication).map((row) => names.map((n) => field(row[n])).join(';'))
	];
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The JSON document: the column schema, then the rows. */
function toJson(publication) {
	return { schema: COLUMNS, rows: rowsOf(publication) };
}

module.exports = { COLUMNS, rowsOf, field, toCsv, toJson };
