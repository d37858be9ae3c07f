// The demo prefecture's reception desk and a kiosk at it, looked up and made through the API by a
// superuser: for the journeys and benches that run against the seeded demo.

/**
 * Metz's site and its general reception desk ("accueil-general").
 * @param {import('pocketbase').default} su
 */
export async function metzDesk(su) {
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const point = await su
		.collection('reception_points')
		.getFirstListItem(`site = "${site.id}" && slug = "accueil-general"`);
	return { site, point };
}

/**
 * Creates an active kiosk at Metz's reception desk, with a random password: its record.
 * @param {import('pocketbase').default} su
 * @param {{ name: string, languages: string[] }} kiosk
 */
export async function createMetzKiosk(su, { name, languages }) {
	const { site, point } = await metzDesk(su);
	const password = crypto.randomUUID();
	return su.collection('kiosks').create({
		name,
		site: site.id,
		reception_point: point.id,
		languages,
		status: 'active',
		password,
		passwordConfirm: password
	});
}
