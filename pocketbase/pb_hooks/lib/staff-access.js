// Which sites a staff member works for: agents for the sites on their account, referents and admins for
// all of the prefecture's. Pure; `caller` is what lib/caller.js makes of the request's auth record.

/** Referents and admins see every site. */
const seesAllSites = (role) => role === 'referent' || role === 'admin';

/** May this caller read and act on items of `siteId`? */
function canActOn(caller, siteId) {
	if (!caller || caller.kind !== 'staff' || !siteId) return false;
	return seesAllSites(caller.role) || caller.sites.includes(siteId);
}

/** Null for "every site", or the list of site ids the caller is limited to. */
function siteScope(caller) {
	return seesAllSites(caller.role) ? null : [...caller.sites];
}

module.exports = { canActOn, siteScope, seesAllSites };
