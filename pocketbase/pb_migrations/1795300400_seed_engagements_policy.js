// The 23 engagements of the Qual-e-pref framework (module 1 "relation générale avec les usagers",
// module 2 "délivrance des titres"), worded as in the prefectures' published quality policies, and the
// default policy: 15 working days for a complaint, 5 for an information request, 75 % threshold,
// no published cell under 10 answers. Both are data: the referent edits them afterwards.
const ENGAGEMENTS = [
	[
		1,
		1,
		'Dispositions générales',
		'Nous vous informons sur les conditions de fonctionnement de nos services'
	],
	[
		1,
		2,
		'Dispositions générales',
		'Un accueil attentif et courtois dans le respect mutuel quel que soit le canal'
	],
	[1, 3, 'Dispositions générales', 'À votre écoute pour progresser'],
	[1, 4, 'Dispositions générales', 'Nous formons nos agents pour améliorer notre qualité de service'],
	[1, 5, 'Accueil physique', 'Nous vous orientons vers le bon service et vous prenons en charge'],
	[1, 6, 'Accueil physique', "Nous veillons au confort de nos espaces d'accueil et d'attente"],
	[1, 7, 'Accueil physique', 'Nous veillons à limiter votre attente en adaptant notre organisation'],
	[
		1,
		8,
		'Téléphonie',
		'Un serveur vocal interactif local vous informe de manière simple et vous met en relation avec un agent'
	],
	[
		1,
		9,
		'Téléphonie',
		'Nous vous informons de la mise à disposition du serveur vocal national « 34 00 » dédié aux démarches sur les titres (hors étrangers)'
	],
	[
		1,
		10,
		'Téléphonie',
		"Nous répondons à tous vos appels de manière attentive et efficace en limitant au maximum votre temps d'attente"
	],
	[
		1,
		11,
		'Site internet',
		'Nous facilitons votre navigation et l’accès aux informations actualisées sur notre site internet'
	],
	[1, 12, 'Site internet', 'Nous vous délivrons une information administrative numérique fiable'],
	[1, 13, 'Site internet', 'Nous facilitons vos démarches en ligne grâce à une offre de service numérique'],
	[
		1,
		14,
		'Site internet',
		'Plus particulièrement, nous facilitons vos démarches en ligne sur les demandes de titres'
	],
	[
		1,
		15,
		'Site internet',
		"Si vous n'avez pas d'accès à internet, nous mettons à votre disposition dans nos locaux un point numérique"
	],
	[1, 16, 'Courriers et courriels', 'Nos courriers et courriels sont compréhensibles et complets'],
	[1, 17, 'Courriers et courriels', 'Nous vous répondons dans un délai annoncé et maîtrisé'],
	[
		1,
		18,
		'Courriers et courriels',
		"Nous assurons la traçabilité de vos courriers et courriels de demande d'information pour réduire nos délais"
	],
	[1, 19, 'Réseaux sociaux', 'Nous communiquons de manière active sur au moins un réseau social'],
	[
		1,
		20,
		'Réseaux sociaux',
		'Nous vous garantissons la fiabilité des informations que nous diffusons sur les réseaux sociaux'
	],
	[2, 21, 'Délivrance des titres', 'Vous êtes contacté en cas d’incomplétude de votre dossier'],
	[2, 22, 'Délivrance des titres', 'Nous nous organisons pour délivrer vos titres dans un délai raisonnable'],
	[
		2,
		23,
		'Délivrance des titres',
		'Une délivrance sécurisée des titres grâce à une lutte contre la fraude organisée'
	]
];

migrate(
	(app) => {
		const engagements = app.findCollectionByNameOrId('engagements');
		for (const [module, number, theme, label] of ENGAGEMENTS) {
			const record = new Record(engagements);
			record.set('module', module);
			record.set('number', number);
			record.set('theme', theme);
			record.set('label', label);
			app.save(record);
		}

		const policy = new Record(app.findCollectionByNameOrId('policies'));
		policy.set('organisation_name', 'Préfecture');
		policy.set('complaint_deadline_days', 15);
		policy.set('information_deadline_days', 5);
		policy.set('satisfaction_threshold', 0.75);
		policy.set('minimum_sample', 10);
		policy.set('retention_months', 36);
		policy.set('kiosk_cooldown_seconds', 20);
		app.save(policy);
	},
	(app) => {
		app.db().newQuery('DELETE FROM engagements').execute();
		app.db().newQuery('DELETE FROM policies').execute();
	}
);
