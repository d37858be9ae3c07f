// A site as the deadline arithmetic and the letters need it: name and contacts, calendar zone, time zone
// and closure days.

/**
 * @typedef {{ name: string, contact_email: string, contact_address: string, zone: string, timeZone: string, closures: string[] }} SiteCalendar
 */

/**
 * @param {core.Record} site a `sites` record
 * @returns {SiteCalendar}
 */
function siteCalendar(site) {
	return {
		name: site.getString('name'),
		contact_email: site.getString('contact_email'),
		contact_address: site.getString('contact_address'),
		zone: site.getString('zone'),
		timeZone: site.getString('time_zone'),
		closures: JSON.parse(site.getString('closures') || 'null') || []
	};
}

module.exports = { siteCalendar };
