// Who is sending a request, and record look-ups that answer null rather than throw: shared by the routes
// that take submissions (ingest, complaints).
const { isId } = require(typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js');

/** Who is sending: a guest, an enrolled kiosk, or a staff member. */
function callerOf(auth) {
	if (!auth) return { kind: 'guest', sites: [] };
	const collection = auth.collection().name;
	if (collection === 'kiosks')
		return {
			kind: 'kiosk',
			id: auth.id,
			status: auth.getString('status'),
			site: auth.getString('site'),
			point: auth.getString('reception_point'),
			sites: []
		};
	if (collection === 'staff')
		return { kind: 'staff', id: auth.id, role: auth.getString('role'), sites: auth.getStringSlice('sites') };
	return { kind: 'guest', sites: [] };
}

/** The record with that id, or null (also for what is not an id). */
function findOrNull(app, collection, id) {
	if (!isId(id)) return null;
	try {
		return app.findRecordById(collection, id);
	} catch {
		return null;
	}
}

module.exports = { callerOf, findOrNull };
