// A site and one of its reception points as the public lists give them, for the specs of the code that
// reads them.

export const metzSite = {
	id: 'site00000000001',
	name: 'Metz',
	slug: 'metz',
	zone: 'alsace-moselle',
	time_zone: 'Europe/Paris'
};

export const metzPoint = {
	id: 'point0000000001',
	site: metzSite.id,
	name: 'Accueil général',
	slug: 'accueil-general'
};
