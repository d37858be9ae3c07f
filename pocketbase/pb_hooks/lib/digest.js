// The daily reminder e-mails: each agent gets the items of their sites that are overdue or due within
// 3 working days; the referent gets a summary per site. Pure. Only references, kinds, sites and dates
// travel by e-mail: the requesters' names and words stay in the application.
const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);

const KIND = { complaint: 'Réclamation', information: 'Demande d’information' };
const frDay = (day) => longDate(day, 'fr');
const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;

/** One line per item: reference, kind, site, deadline, and how late or how close. */
function itemLine(item) {
	const when =
		item.urgency === 'overdue'
			? `en retard depuis le ${frDay(item.dueOn)}`
			: item.daysLeft === 0
				? 'échéance aujourd’hui'
				: `échéance le ${frDay(item.dueOn)} (${plural(item.daysLeft, 'jour ouvré', 'jours ouvrés')})`;
	return `${item.reference} – ${KIND[item.kind] || item.kind} – ${item.siteName} – ${when}`;
}

const byDeadline = (a, b) => (a.deadlineAt < b.deadlineAt ? -1 : a.deadlineAt > b.deadlineAt ? 1 : 0);

/**
 * An agent's digest, or null when nothing of theirs is overdue or due soon.
 * @param {{ name: string, today: string, appUrl: string, items: Array<{ id: string, reference: string,
 *   kind: string, siteName: string, deadlineAt: string, dueOn: string, daysLeft: number,
 *   urgency: 'overdue' | 'due_soon' }> }} input
 * @returns {{ subject: string, text: string, html: string } | null}
 */
function agentDigest({ name, today, appUrl, items }) {
	const overdue = items.filter((i) => i.urgency === 'overdue').sort(byDeadline);
	const soon = items.filter((i) => i.urgency === 'due_soon').sort(byDeadline);
	if (overdue.length + soon.length === 0) return null;
	/** @type {(string | { link: string })[][]} */
	const paragraphs = [[`Bonjour ${name},`]];
	if (overdue.length > 0) paragraphs.push([`En retard (${overdue.length}) :`, ...overdue.map(itemLine)]);
	if (soon.length > 0)
		paragraphs.push([`Échéance dans 3 jours ouvrés ou moins (${soon.length}) :`, ...soon.map(itemLine)]);
	paragraphs.push(['Votre boîte de réception :', { link: `${appUrl}/gestion/reclamations` }]);
	paragraphs.push(['Message automatique envoyé chaque jour ouvré ; merci de ne pas y répondre.']);
	const subject = `Réclamations : ${overdue.length} en retard, ${soon.length} à échéance proche – ${frDay(today)}`;
	return { subject, ...renderMail([{ language: 'fr', paragraphs }]) };
}

/**
 * The referent's summary, or null when nothing is open anywhere.
 * @param {{ name: string, today: string, appUrl: string,
 *   sites: Array<{ name: string, open: number, waiting: number, dueSoon: number, overdue: number }> }} input
 * @returns {{ subject: string, text: string, html: string } | null}
 */
function referentDigest({ name, today, appUrl, sites }) {
	const active = sites.filter((s) => s.open + s.waiting > 0);
	if (active.length === 0) return null;
	const total = (key) => active.reduce((sum, s) => sum + s[key], 0);
	const paragraphs = [
		[`Bonjour ${name},`],
		[
			'Réclamations et demandes d’information ouvertes, par site :',
			...active.map(
				(s) =>
					`${s.name} : ${s.open} à traiter, dont ${s.overdue} en retard et ${s.dueSoon} à échéance proche ; ${s.waiting} en attente du demandeur`
			)
		],
		['Tableau de bord :', { link: `${appUrl}/gestion/reclamations` }],
		['Message automatique envoyé chaque jour ouvré ; merci de ne pas y répondre.']
	];
	const subject = `Synthèse des réclamations : ${total('overdue')} en retard, ${total('dueSoon')} à échéance proche – ${frDay(today)}`;
	return { subject, ...renderMail([{ language: 'fr', paragraphs }]) };
}

module.exports = { agentDigest, referentDigest };
