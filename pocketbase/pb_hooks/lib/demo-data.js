// A fictional prefecture with several months of activity, for demonstrations and manual testing.
// Pure and deterministic (seeded PRNG): the same `today` and seed give the same data.

const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
const DAY_MS = 86400000;

/** Small, fast, seedable PRNG (mulberry32). */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick(random, weights) {
	let r = random() * weights.reduce((s, w) => s + w, 0);
	for (let i = 0; i < weights.length; i += 1) {
		r -= weights[i];
		if (r < 0) return i;
	}
	return weights.length - 1;
}

function isoDay(ms) {
	return new Date(ms).toISOString().slice(0, 10);
}

const ORGANISATION = {
	name: 'Préfecture de démonstration',
	address: '1 place de la République, 57000 Metz',
	email: 'accueil@demo.qual-e-pref.fr',
	dpoEmail: 'dpd@demo.qual-e-pref.fr',
	hosting: 'Serveur de démonstration, hébergé en France'
};

const SITES = [
	{
		key: 'metz',
		name: 'Metz — site de démonstration',
		slug: 'metz',
		department_code: '57',
		zone: 'alsace-moselle',
		time_zone: 'Europe/Paris',
		contact_email: 'metz@demo.qual-e-pref.fr',
		contact_address: '1 place de la République, 57000 Metz'
	},
	{
		key: 'fort-de-france',
		name: 'Fort-de-France — site de démonstration',
		slug: 'fort-de-france',
		department_code: '972',
		zone: 'martinique',
		time_zone: 'America/Martinique',
		contact_email: 'fort-de-france@demo.qual-e-pref.fr',
		contact_address: '82 rue Victor Sévère, 97200 Fort-de-France'
	}
];

const POINTS = [
	{
		key: 'metz-accueil',
		site: 'metz',
		name: 'Accueil général',
		slug: 'accueil-general',
		kind: 'accueil_general'
	},
	{
		key: 'metz-numerique',
		site: 'metz',
		name: 'Point numérique',
		slug: 'point-numerique',
		kind: 'point_numerique'
	},
	{
		key: 'metz-etrangers',
		site: 'metz',
		name: 'Hall des étrangers',
		slug: 'hall-des-etrangers',
		kind: 'hall_etrangers'
	},
	{
		key: 'fdf-accueil',
		site: 'fort-de-france',
		name: 'Accueil général',
		slug: 'accueil-general',
		kind: 'accueil_general'
	},
	{
		key: 'fdf-numerique',
		site: 'fort-de-france',
		name: 'Point numérique',
		slug: 'point-numerique',
		kind: 'point_numerique'
	}
];

const QUESTIONS = [
	{
		engagement: 2,
		label: {
			fr: 'Avez-vous été accueilli avec attention et courtoisie ?',
			en: 'Were you welcomed attentively and courteously?',
			ar: 'هل استُقبلتم باهتمام ولطف؟',
			es: '¿Le recibieron con atención y cortesía?',
			pt: 'Foi recebido com atenção e cortesia?',
			tr: 'Dikkatle ve nezaketle karşılandınız mı?',
			ru: 'Вас встретили внимательно и вежливо?',
			uk: 'Вас зустріли уважно та ввічливо?',
			zh: '接待您时是否细心、有礼貌？',
			ro: 'Ați fost primit cu atenție și amabilitate?'
		}
	},
	{
		engagement: 5,
		label: {
			fr: 'Avez-vous été orienté vers le bon service ?',
			en: 'Were you directed to the right service?',
			ar: 'هل وُجِّهتم إلى المصلحة المناسبة؟',
			es: '¿Le orientaron hacia el servicio adecuado?',
			pt: 'Foi encaminhado para o serviço certo?',
			tr: 'Doğru birime yönlendirildiniz mi?',
			ru: 'Вас направили в нужную службу?',
			uk: 'Вас направили до потрібної служби?',
			zh: '您是否被引导到了正确的部门？',
			ro: 'Ați fost îndrumat către serviciul potrivit?'
		}
	},
	{
		engagement: 6,
		label: {
			fr: 'Les espaces d’accueil et d’attente sont-ils confortables ?',
			en: 'Are the reception and waiting areas comfortable?',
			ar: 'هل أماكن الاستقبال والانتظار مريحة؟',
			es: '¿Son cómodos los espacios de recepción y de espera?',
			pt: 'Os espaços de atendimento e de espera são confortáveis?',
			tr: 'Karşılama ve bekleme alanları rahat mı?',
			ru: 'Удобны ли зоны приёма и ожидания?',
			uk: 'Чи зручні зони прийому та очікування?',
			zh: '接待区和等候区是否舒适？',
			ro: 'Spațiile de primire și de așteptare sunt confortabile?'
		}
	},
	{
		engagement: 7,
		label: {
			fr: 'Votre temps d’attente vous a-t-il paru raisonnable ?',
			en: 'Did your waiting time seem reasonable?',
			ar: 'هل بدت لكم مدة الانتظار معقولة؟',
			es: '¿Le pareció razonable el tiempo de espera?',
			pt: 'O tempo de espera pareceu-lhe razoável?',
			tr: 'Bekleme süreniz size makul geldi mi?',
			ru: 'Время ожидания показалось вам разумным?',
			uk: 'Час очікування здався вам прийнятним?',
			zh: '您觉得等候时间合理吗？',
			ro: 'Timpul de așteptare vi s-a părut rezonabil?'
		}
	},
	{
		engagement: 1,
		label: {
			fr: 'Les informations sur nos horaires et conditions d’accueil étaient-elles claires ?',
			en: 'Was the information about our opening hours and conditions clear?',
			ar: 'هل كانت المعلومات عن مواعيد عملنا وشروط الاستقبال واضحة؟',
			es: '¿Era clara la información sobre nuestros horarios y condiciones de atención?',
			pt: 'As informações sobre os nossos horários e condições de atendimento eram claras?',
			tr: 'Çalışma saatlerimiz ve kabul koşullarımızla ilgili bilgiler açık mıydı?',
			ru: 'Понятна ли была информация о часах работы и условиях приёма?',
			uk: 'Чи зрозумілою була інформація про години роботи та умови прийому?',
			zh: '关于我们的开放时间和接待条件的信息是否清楚？',
			ro: 'Informațiile despre programul și condițiile noastre de primire au fost clare?'
		}
	}
];

const STAFF = [
	{
		key: 'referent',
		email: 'referente@demo.qual-e-pref.fr',
		name: 'Claire Référente',
		role: 'referent',
		sites: []
	},
	{ key: 'agent', email: 'agent@demo.qual-e-pref.fr', name: 'Paul Agent', role: 'agent', sites: ['metz'] },
	{
		key: 'agent-fdf',
		email: 'agent.fdf@demo.qual-e-pref.fr',
		name: 'Léa Agente',
		role: 'agent',
		sites: ['fort-de-france']
	},
	{ key: 'admin', email: 'admin@demo.qual-e-pref.fr', name: 'Alex Administrateur', role: 'admin', sites: [] }
];

// Answer weights per scale value; some cells are deliberately under the 75 % threshold.
const USUAL = [45, 36, 9, 4, 6];
const POOR = [18, 32, 28, 16, 6];
function weightsFor(site, engagement, daysAgo) {
	if (site === 'fort-de-france' && engagement === 7) return POOR;
	if (site === 'metz' && engagement === 6 && daysAgo < 60) return POOR;
	return USUAL;
}

const COMMENTS = [
	'Accueil très agréable, merci.',
	'Beaucoup d’attente ce matin.',
	'Agent très patient avec moi.',
	'Il manque des chaises dans la salle d’attente.',
	'Very helpful staff, thank you.'
];
const SUBJECTS = [
	['complaint', 'Attente trop longue au guichet', 5],
	['complaint', 'Rendez-vous annulé sans prévenir', 1],
	['complaint', 'Réponse incomplète à mon courrier', 16],
	['information', 'Pièces à fournir pour un titre de séjour', 12],
	['information', 'Horaires du point numérique', 1]
];
const NAMES = [
	'Camille Martin',
	'Nadia Benali',
	'Jean Dupont',
	'Marie-Rose Laurent',
	'Hugo Petit',
	'Inès Moreau'
];

/**
 * Builds the demo data set for the months before `today` ('YYYY-MM-DD').
 * @returns {{ organisation: object, sites: object[], points: object[], questionnaire: object,
 *   questions: object[], staff: object[], responses: object[], suggestions: object[], complaints: object[] }}
 */
function buildDemo({ today, months = 6, seed = 20261122 }) {
	const random = prng(seed);
	const end = Date.parse(`${today}T00:00:00Z`);
	const start = end - Math.round(months * 30.44) * DAY_MS;
	const responses = [];
	const suggestions = [];
	const complaints = [];

	for (let day = start; day < end; day += DAY_MS) {
		const weekday = new Date(day).getUTCDay();
		const open = weekday !== 0 && weekday !== 6;
		const daysAgo = Math.round((end - day) / DAY_MS);
		for (const point of POINTS) {
			const count = open ? Math.floor(random() * 5) : 0;
			const web = Math.floor(random() * 1.4);
			for (let i = 0; i < count + web; i += 1) {
				const channel = i < count ? 'kiosk' : 'web';
				const answers = QUESTIONS.map(
					(q) => SCALE[pick(random, weightsFor(point.site, q.engagement, daysAgo))]
				);
				responses.push({
					site: point.site,
					point: channel === 'kiosk' ? point.key : '',
					channel,
					language: random() < 0.12 ? 'en' : 'fr',
					day: isoDay(day),
					comment: random() < 0.06 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : '',
					answers
				});
			}
		}
		if (open && random() < 0.15) {
			const point = POINTS[Math.floor(random() * POINTS.length)];
			suggestions.push({
				site: point.site,
				point: point.key,
				channel: 'kiosk',
				text: 'Un distributeur de tickets plus visible à l’entrée serait utile.',
				day: isoDay(day)
			});
		}
		if (open && random() < 0.3) {
			const [kind, subject, engagement] = SUBJECTS[Math.floor(random() * SUBJECTS.length)];
			const site = SITES[Math.floor(random() * SITES.length)].key;
			const name = NAMES[Math.floor(random() * NAMES.length)];
			const hour = 7 + Math.floor(random() * 10);
			complaints.push({
				kind,
				channel: ['web', 'web', 'kiosk', 'letter', 'email'][Math.floor(random() * 5)],
				site,
				engagement,
				subject,
				description: `${subject}. Je souhaite obtenir une réponse de vos services. (Données de démonstration.)`,
				contact_name: name,
				contact_email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
				received_at: new Date(day + hour * 3600000 + Math.floor(random() * 3600000)).toISOString(),
				// Fraction of the allowed time the answer took; over 1 means late; null means not answered yet.
				answer_delay: daysAgo < 12 ? null : random() < 0.12 ? 1.3 : 0.2 + random() * 0.7,
				// Of those not answered yet, about half already taken in hand by an agent.
				taken_in_hand: daysAgo < 12 && hour % 2 === 0
			});
		}
	}
	return {
		organisation: ORGANISATION,
		sites: SITES,
		points: POINTS,
		questionnaire: {
			code: 'accueil',
			version: 1,
			status: 'active',
			title: {
				fr: 'Votre avis sur notre accueil',
				en: 'Your opinion on our reception',
				ar: 'رأيكم في استقبالنا',
				es: 'Su opinión sobre nuestra atención',
				pt: 'A sua opinião sobre o nosso atendimento',
				tr: 'Karşılama hizmetimiz hakkındaki görüşünüz',
				ru: 'Ваше мнение о нашем приёме',
				uk: 'Ваша думка про наш прийом',
				zh: '您对我们接待服务的意见',
				ro: 'Părerea dumneavoastră despre primirea noastră'
			},
			languages: ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro']
		},
		questions: QUESTIONS.map((q, i) => ({ ...q, position: i + 1 })),
		staff: STAFF,
		responses,
		suggestions,
		complaints
	};
}

module.exports = { buildDemo, prng, SCALE };
