// The e-mail sent once when a threshold alert opens (issue 18), in French: which place, what the figures
// say and why it is not chance, and where to follow it up. Pure. Only figures and names of places travel:
// no visitor's words.
const { longDate, renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);

const PRODUCT = 'Qual-e-pref';
const percent = (share) => `${Math.round(share * 1000) / 10} %`.replace('.', ',');
const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;

/** The window in words: "sur les 14 derniers jours", "sur les 60 derniers avis". */
function windowWords(window) {
	return 'days' in window
		? `sur ${window.days > 1 ? `les ${window.days} derniers jours` : 'la journée'}`
		: `sur les ${window.answers} derniers avis au moins`;
}

/**
 * @param {{ kind: 'lasting' | 'sudden', place: string, openedOn: string, threshold: number,
 *   window: import('./alert-rules.js').Window, usualDays: number, appUrl: string,
 *   figures: { satisfied: number, n: number, rate: number | null, low: number | null, high: number | null,
 *     usual?: { n: number, rate: number | null, low: number | null } } }} alert `place` as staff name it
 *   ("Accueil général – Préfecture de Besançon", "Engagement 2 – …"); `appUrl` without its trailing slash
 * @returns {{ subject: string, text: string, html: string }}
 */
function alertOpenedMail({ kind, place, openedOn, threshold, window, usualDays, appUrl, figures }) {
	const rate = percent(figures.rate ?? 0);
	const answers = plural(figures.n, 'avis exprimé', 'avis exprimés');
	const what =
		kind === 'lasting'
			? [
					`La satisfaction est passée sous le seuil de ${percent(threshold)} ${windowWords(window)} : ${rate} de satisfaits sur ${answers}.`,
					`Même au plus haut de l’intervalle de confiance à 95 % (${percent(figures.low ?? 0)} à ${percent(figures.high ?? 0)}), elle reste sous le seuil : ce n’est pas un effet du hasard.`,
					'L’alerte se ferme d’elle-même quand la satisfaction est nettement revenue au-dessus du seuil.'
				]
			: [
					`Le ${longDate(openedOn, 'fr')}, ${rate} de satisfaits sur ${answers}, nettement sous l’habitude de ce lieu : ${percent(figures.usual?.rate ?? 0)} sur ${figures.usual?.n ?? 0} avis les ${usualDays} jours précédents.`,
					'L’alerte se ferme d’elle-même dès qu’une journée revient à la normale.'
				];
	const paragraphs = [
		['Bonjour,'],
		[place, ...what],
		[
			'Prenez-en connaissance et ouvrez au besoin une action du plan d’amélioration depuis l’espace de gestion :',
			{ link: `${appUrl}/gestion` }
		],
		['Cette alerte n’est envoyée qu’une fois. Message automatique ; merci de ne pas y répondre.']
	];
	const subject = `${PRODUCT} : ${kind === 'lasting' ? 'satisfaction sous le seuil' : 'journée nettement moins satisfaisante'} – ${place}`;
	return { subject, ...renderMail([{ language: 'fr', paragraphs }]) };
}

const KIND_WORDS = { lasting: 'sous le seuil', sudden: 'journée peu satisfaisante' };
const STATUS_WORDS = { open: 'à prendre en compte', acknowledged: 'prise en compte' };

/**
 * The referents' weekly summary, or null when no alert is live and none opened or closed in the week.
 * @param {{ today: string, appUrl: string, opened: number, closed: number,
 *   live: { kind: string, place: string, status: string, openedOn: string, action: boolean }[] }} week
 * @returns {{ subject: string, text: string, html: string } | null}
 */
function alertWeeklyMail({ today, appUrl, opened, closed, live }) {
	if (live.length === 0 && opened === 0 && closed === 0) return null;
	const lines = live.map(
		(a) =>
			`${a.place} – ${KIND_WORDS[a.kind] || a.kind} depuis le ${longDate(a.openedOn, 'fr')} – ${STATUS_WORDS[a.status] || a.status}${a.action ? ', action du plan ouverte' : ''}`
	);
	const paragraphs = [
		['Bonjour,'],
		[
			`Cette semaine : ${plural(opened, 'alerte ouverte', 'alertes ouvertes')}, ${plural(closed, 'alerte close', 'alertes closes')}.`
		],
		live.length > 0
			? [`Alertes en cours (${live.length}) :`, ...lines]
			: ['Aucune alerte de satisfaction n’est en cours.'],
		['Les alertes dans l’espace de gestion :', { link: `${appUrl}/gestion` }],
		['Message automatique envoyé chaque lundi ; merci de ne pas y répondre.']
	];
	const subject = `${PRODUCT} : alertes de satisfaction, ${live.length} en cours – semaine du ${longDate(today, 'fr')}`;
	return { subject, ...renderMail([{ language: 'fr', paragraphs }]) };
}

module.exports = { alertOpenedMail, alertWeeklyMail, percent };
