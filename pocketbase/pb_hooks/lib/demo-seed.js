// Writes the demo data set (demo-data.js) into an empty database, inside PocketBase (goja).
// Runs as the `seed-demo` command before the server starts; does nothing when sites already exist.
const { buildDemo } = require(`${__hooks}/lib/demo-data.js`);
const wd = require(`${__hooks}/lib/working-days.js`);
const { appendEvent } = require(`${__hooks}/lib/trail.js`);
const { rebuild: rebuildAnswerCounts } = require(`${__hooks}/lib/answer-counts.js`);

function save(app, collection, values) {
	const record = new Record(collection);
	for (const key of Object.keys(values)) record.set(key, values[key]);
	app.save(record);
	return record;
}

const col = (tx, name) => tx.findCollectionByNameOrId(name);

/** The organisation's identity in the policy; returns the policy's answer deadlines by kind. */
function seedOrganisation(tx, organisation) {
	const policy = tx.findFirstRecordByFilter('policies', '1=1');
	policy.set('organisation_name', organisation.name);
	policy.set('organisation_address', organisation.address);
	policy.set('organisation_email', organisation.email);
	policy.set('dpo_email', organisation.dpoEmail);
	policy.set('hosting', organisation.hosting);
	tx.save(policy);
	return {
		complaint: policy.getInt('complaint_deadline_days'),
		information: policy.getInt('information_deadline_days')
	};
}

/** The sites (by key, with their demo values) and their reception points (by key). */
function seedPlaces(tx, demo) {
	const sites = {};
	for (const s of demo.sites) {
		const { key, ...fields } = s;
		sites[key] = { record: save(tx, col(tx, 'sites'), { ...fields, closures: [], active: true }), ...s };
	}
	const points = {};
	for (const p of demo.points) {
		points[p.key] = save(tx, col(tx, 'reception_points'), {
			site: sites[p.site].record.id,
			name: p.name,
			slug: p.slug,
			kind: p.kind,
			active: true
		});
	}
	return { sites, points };
}

/** The questionnaire and its questions, in order. */
function seedQuestionnaire(tx, demo, engagements) {
	const questionnaire = save(tx, col(tx, 'questionnaires'), demo.questionnaire);
	const questions = demo.questions.map((q) =>
		save(tx, col(tx, 'questions'), {
			questionnaire: questionnaire.id,
			engagement: engagements[q.engagement],
			position: q.position,
			label: q.label
		})
	);
	return { questionnaire, questions };
}

/** The staff accounts (records by key) and, once, each one's new password. */
function seedStaff(tx, demo, sites, newPassword) {
	const staff = {};
	const accounts = [];
	for (const member of demo.staff) {
		const record = new Record(col(tx, 'staff'));
		record.set('email', member.email);
		record.set('name', member.name);
		record.set('role', member.role);
		record.set(
			'sites',
			member.sites.map((k) => sites[k].record.id)
		);
		record.set('verified', true);
		const password = newPassword();
		record.setPassword(password);
		tx.save(record);
		accounts.push({ email: member.email, name: member.name, role: member.role, password });
		staff[member.key] = record;
	}
	return { staff, accounts };
}

/** The survey responses and their answers, then the answer counts built from them. */
function seedResponses(tx, demo, { sites, points, questionnaire, questions }) {
	const counts = { responses: 0, answers: 0 };
	const responseCol = col(tx, 'survey_responses');
	const answerCol = col(tx, 'survey_answers');
	for (const r of demo.responses) {
		const base = {
			site: sites[r.site].record.id,
			reception_point: r.point ? points[r.point].id : '',
			channel: r.channel,
			day: r.day
		};
		const response = save(tx, responseCol, {
			...base,
			questionnaire: questionnaire.id,
			language: r.language,
			comment: r.comment
		});
		r.answers.forEach((value, i) => {
			save(tx, answerCol, {
				...base,
				response: response.id,
				question: questions[i].id,
				engagement: questions[i].get('engagement'),
				questionnaire: questionnaire.id,
				value
			});
		});
		counts.responses += 1;
		counts.answers += r.answers.length;
	}
	rebuildAnswerCounts(tx.db());
	return counts;
}

/** The suggestions; returns how many. */
function seedSuggestions(tx, demo, { sites, points }) {
	for (const s of demo.suggestions) {
		save(tx, col(tx, 'suggestions'), {
			site: sites[s.site].record.id,
			reception_point: points[s.point].id,
			channel: s.channel,
			text: s.text,
			day: s.day
		});
	}
	return demo.suggestions.length;
}

/**
 * Where a demo complaint stands: its deadline, when it was taken in hand and answered (null when not yet),
 * from its receipt and its `answer_delay` (a fraction of the time it had).
 */
function complaintTimeline(c, site, deadlineDays) {
	const calendar = { timeZone: site.time_zone, zone: site.zone, closures: [] };
	const due = wd.deadline(c.received_at, deadlineDays[c.kind], calendar);
	const received = Date.parse(c.received_at);
	const answeredAt =
		c.answer_delay === null ? null : new Date(received + c.answer_delay * (Date.parse(due.dueAt) - received));
	// Taken in hand two hours after receipt; answered ones were taken in hand by their answer.
	const takenAt = answeredAt || (c.taken_in_hand ? new Date(received + 2 * 3600000) : null);
	return { due, takenAt, answeredAt };
}

/** The complaints, numbered per year and kind, with their trail; returns how many. */
function seedComplaints(tx, demo, { sites, engagements, staff, deadlineDays }) {
	const sequences = {};
	for (const c of demo.complaints) {
		const site = sites[c.site];
		const { due, takenAt, answeredAt } = complaintTimeline(c, site, deadlineDays);
		const letter = c.kind === 'complaint' ? 'R' : 'I';
		const year = due.receivedOn.slice(0, 4);
		const seqKey = `${year}-${letter}`;
		sequences[seqKey] = (sequences[seqKey] || 0) + 1;
		const agent = c.site === 'metz' ? staff.agent : staff['agent-fdf'];
		const complaint = save(tx, col(tx, 'complaints'), {
			kind: c.kind,
			channel: c.channel,
			site: site.record.id,
			engagement: engagements[c.engagement],
			subject: c.subject,
			description: c.description,
			contact_name: c.contact_name,
			contact_email: c.contact_email,
			reference: `${seqKey}-${String(sequences[seqKey]).padStart(6, '0')}`,
			status: answeredAt ? 'closed' : takenAt ? 'in_progress' : 'received',
			language: 'fr',
			first_response_at: takenAt ? takenAt.toISOString() : '',
			assignee: takenAt ? agent.id : '',
			received_at: c.received_at,
			deadline_at: due.dueAt,
			answer: answeredAt ? 'Nous vous remercions de votre message. (Réponse de démonstration.)' : '',
			answered_at: answeredAt ? answeredAt.toISOString() : '',
			answered_in_time: answeredAt ? answeredAt.getTime() <= Date.parse(due.dueAt) : false
		});
		appendEvent(tx, complaint.id, '', 'received', { channel: c.channel });
		if (takenAt && !answeredAt) {
			appendEvent(tx, complaint.id, agent.id, 'status_changed', {
				before: { status: 'received', first_response_at: '' },
				after: { status: 'in_progress', first_response_at: takenAt.toISOString() }
			});
		}
		if (answeredAt) {
			appendEvent(tx, complaint.id, agent.id, 'answered', { mail: 'sent' });
		}
	}
	return demo.complaints.length;
}

/**
 * Seeds the demo prefecture. `newPassword()` gives each staff account its own password, which is returned
 * once in `accounts` (only its hash is stored).
 * @returns {{ seeded: boolean, counts?: Record<string, number>,
 *   accounts?: { email: string, name: string, role: string, password: string }[] }}
 */
function seedDemo(app, { today, newPassword }) {
	if (app.countRecords('sites') > 0) return { seeded: false };
	const demo = buildDemo({ today });
	let counts = { responses: 0, answers: 0, complaints: 0, suggestions: 0 };
	let accounts = [];

	app.runInTransaction((tx) => {
		const deadlineDays = seedOrganisation(tx, demo.organisation);
		const { sites, points } = seedPlaces(tx, demo);
		const engagements = {};
		for (const e of tx.findAllRecords('engagements')) engagements[e.getInt('number')] = e.id;
		const { questionnaire, questions } = seedQuestionnaire(tx, demo, engagements);
		const seeded = seedStaff(tx, demo, sites, newPassword);
		accounts = seeded.accounts;
		const { responses, answers } = seedResponses(tx, demo, { sites, points, questionnaire, questions });
		const suggestions = seedSuggestions(tx, demo, { sites, points });
		const complaints = seedComplaints(tx, demo, { sites, engagements, staff: seeded.staff, deadlineDays });
		counts = { responses, answers, complaints, suggestions };
	});
	return { seeded: true, counts, accounts };
}

module.exports = { seedDemo };
