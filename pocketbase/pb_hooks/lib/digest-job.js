// The daily reminders (cron `qep-daily-digest`): each agent gets the open items of his sites that are
// his or nobody's yet, when overdue or due within 3 working days; each referent a summary per site.
const { agentDigest, referentDigest } = require(`${__hooks}/lib/digest.js`);
const { urgencyOf, workingDaysLeft } = require(`${__hooks}/lib/urgency.js`);
const { sendMail } = require(`${__hooks}/lib/mailer.js`);
const { appUrlOf } = require(`${__hooks}/lib/mail-settings.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);
const { isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);
const wd = require(`${__hooks}/lib/working-days.js`);

function openItems(app) {
	const rows = arrayOf(
		new DynamicModel({ id: '', reference: '', kind: '', site: '', status: '', deadline_at: '', assignee: '' })
	);
	app
		.db()
		.newQuery(
			`SELECT id, reference, kind, site, status, deadline_at, assignee FROM complaints
			WHERE status IN ('received', 'in_progress', 'waiting') ORDER BY deadline_at`
		)
		.all(rows);
	return rows.map((r) => ({
		id: r.id,
		reference: r.reference,
		kind: r.kind,
		site: r.site,
		status: r.status,
		assignee: r.assignee,
		deadlineAt: isoOf(r.deadline_at)
	}));
}

/**
 * Sends the day's digests; returns how many e-mails went out and their outcomes.
 * @param {any} app
 * @param {string} nowISO
 */
function runDigest(app, nowISO) {
	const sites = {};
	for (const site of app.findAllRecords('sites')) sites[site.id] = siteCalendar(site);
	const items = openItems(app)
		.filter((item) => item.deadlineAt !== '')
		.map((item) => {
			const site = sites[item.site];
			return {
				...item,
				siteName: site.name,
				dueOn: wd.receiptDate(item.deadlineAt, site.timeZone),
				daysLeft: workingDaysLeft(item.deadlineAt, nowISO, site),
				urgency: urgencyOf({ status: item.status, deadline_at: item.deadlineAt }, nowISO, site)
			};
		});
	const appUrl = appUrlOf(app);
	const outcomes = [];
	const send = (staff, mail) => {
		if (mail)
			outcomes.push({
				to: staff.getString('email'),
				status: sendMail(app, { to: staff.getString('email'), ...mail })
			});
	};

	for (const agent of app.findRecordsByFilter('staff', 'role = "agent"', '', 0, 0)) {
		const mySites = agent.getStringSlice('sites');
		const mine = items.filter(
			(i) => mySites.includes(i.site) && (i.assignee === '' || i.assignee === agent.id)
		);
		const today = wd.receiptDate(nowISO, sites[mySites[0]] ? sites[mySites[0]].timeZone : 'Europe/Paris');
		send(agent, agentDigest({ name: agent.getString('name'), today, appUrl, items: mine }));
	}

	const perSite = Object.keys(sites).map((id) => {
		const here = items.filter((i) => i.site === id);
		return {
			name: sites[id].name,
			open: here.filter((i) => i.status !== 'waiting').length,
			waiting: here.filter((i) => i.status === 'waiting').length,
			dueSoon: here.filter((i) => i.urgency === 'due_soon').length,
			overdue: here.filter((i) => i.urgency === 'overdue').length
		};
	});
	for (const referent of app.findRecordsByFilter('staff', 'role = "referent"', '', 0, 0)) {
		const today = wd.receiptDate(nowISO, 'Europe/Paris');
		send(referent, referentDigest({ name: referent.getString('name'), today, appUrl, sites: perSite }));
	}
	return outcomes;
}

module.exports = { runDigest };
