// An engagement as the public list gives it, for the specs of the code that reads it.

export const welcomeEngagement = {
	id: 'engagement00001',
	module: 1,
	number: 1,
	theme: 'Accueil',
	label: 'Un accueil courtois'
};
