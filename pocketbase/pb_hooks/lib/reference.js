// Complaint references: `YYYY-R-NNNNNN` (réclamation) or `YYYY-I-NNNNNN` (demande d'information),
// numbered per year and kind from 000001. The year is the receipt date's, in the site's time zone.

const LETTER = { complaint: 'R', information: 'I' };
const REFERENCE_RE = /^(\d{4})-([RI])-(\d{6})$/;

/** The prefix shared by one year's references of one kind, e.g. '2026-R-'. */
function referencePrefix(year, kind) {
	if (!LETTER[kind]) throw new Error(`Unknown complaint kind: ${kind}`);
	if (!/^\d{4}$/.test(String(year))) throw new Error(`Not a year: ${year}`);
	return `${year}-${LETTER[kind]}-`;
}

/** The reference numbered `sequence` in that year and kind. */
function formatReference(year, kind, sequence) {
	if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999999)
		throw new Error(`Reference number out of range: ${sequence}`);
	return referencePrefix(year, kind) + String(sequence).padStart(6, '0');
}

/**
 * The reference that follows `last`, the highest one stored for that year and kind ('' or null when
 * there is none yet).
 */
function nextReference(last, year, kind) {
	const prefix = referencePrefix(year, kind);
	if (!last) return formatReference(year, kind, 1);
	const m = REFERENCE_RE.exec(last);
	if (!m || !last.startsWith(prefix)) throw new Error(`${last} is not a ${prefix} reference`);
	return formatReference(year, kind, Number(m[3]) + 1);
}

module.exports = { referencePrefix, formatReference, nextReference, REFERENCE_RE };
