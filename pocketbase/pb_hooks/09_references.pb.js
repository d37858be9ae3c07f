// A record that others still point to is not deleted (see lib/references.js): a reception point with
// answers is closed instead, an account that left a trail loses its role and sites instead.
onRecordDeleteRequest((e) => {
	const used = require(`${__hooks}/lib/references.js`).referencesTo(e.app, e.record);
	if (used.length === 0) return e.next();
	const { badRequest } = require(`${__hooks}/lib/responses.js`);
	return badRequest(e, `Still referenced by ${used.join(', ')}: close or retire it instead.`, {
		id: 'in_use'
	});
});
