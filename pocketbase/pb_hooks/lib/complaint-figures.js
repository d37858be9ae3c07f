// The board's complaint figures for a period: volumes by kind, channel and engagement, the share answered
// within the deadline, the answer time in working days (median, 90th percentile), and what is overdue now.
// Pure; the route reads the rows and the sites' calendars.
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');

/** The p-th percentile by nearest rank (as src/lib/domain/indicators.ts), or null for no values. */
function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
}

const tally = (counts, key) => {
	counts[key] = (counts[key] || 0) + 1;
	return counts;
};

/**
 * @param {{ site: string, kind: string, channel: string, engagement: string, received_at: string,
 *   answered_at: string, answered_in_time: boolean }[]} received items received in the period (ISO dates)
 * @param {{ site: string, status: string, deadline_at: string }[]} open items open now
 * @param {Record<string, { zone: string, timeZone: string, closures: string[] }>} sites
 * @param {string} nowISO
 */
function complaintFigures(received, open, sites, nowISO) {
	const answered = received.filter((c) => c.answered_at);
	const days = answered.map((c) => {
		const site = sites[c.site];
		return wd.workingDaysBetween(
			wd.receiptDate(c.received_at, site.timeZone),
			wd.receiptDate(c.answered_at, site.timeZone),
			site.zone,
			site.closures
		);
	});
	const inTime = answered.filter((c) => c.answered_in_time).length;
	const now = Date.parse(nowISO);
	return {
		received: received.length,
		byKind: received.reduce((acc, c) => tally(acc, c.kind), {}),
		byChannel: received.reduce((acc, c) => tally(acc, c.channel), {}),
		byEngagement: received.reduce((acc, c) => tally(acc, c.engagement || ''), {}),
		answered: answered.length,
		answeredInTime: inTime,
		inTimeShare: answered.length > 0 ? inTime / answered.length : null,
		medianDays: percentile(days, 50),
		p90Days: percentile(days, 90),
		overdueNow: open.filter(
			(c) =>
				(c.status === 'received' || c.status === 'in_progress') &&
				c.deadline_at &&
				Date.parse(c.deadline_at) < now
		).length
	};
}

module.exports = { complaintFigures, percentile };
