// How staff name an alert's place in its e-mail and in the action made from it: "Accueil général –
// Préfecture de la Moselle" for a reception point, the site's name, "Engagement 2 – <its label>". A place
// deleted since reads as its id.
const { findOrNull } = require(typeof __hooks === 'string' ? `${__hooks}/lib/caller.js` : './caller.js');

/** @param {any} app @param {any} alert an `alerts` record */
function placeNameOf(app, alert) {
	const name = (collection, field, id) => {
		const record = findOrNull(app, collection, id);
		return record ? record.getString(field) : id;
	};
	const site = () => name('sites', 'name', alert.getString('site'));
	switch (alert.getString('scope')) {
		case 'point':
			return `${name('reception_points', 'name', alert.getString('reception_point'))} – ${site()}`;
		case 'site':
			return site();
		case 'kiosk':
			return `${name('kiosks', 'name', alert.getString('kiosk'))} – ${site()}`;
		default: {
			const engagement = findOrNull(app, 'engagements', alert.getString('engagement'));
			return engagement
				? `Engagement ${engagement.getInt('number')} – ${engagement.getString('label')}`
				: alert.getString('engagement');
		}
	}
}

module.exports = { placeNameOf };
