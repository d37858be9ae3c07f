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

/**
 * Seeds the demo prefecture. `newPassword()` gives each staff account its own password, which is returned
 * once in `accounts` (only its hash is stored).
 * @returns {{ seeded: boolean, counts?: Record<string, number>,
 *   accounts?: { email: string, name: string, role: string, password: string }[] }}
 */
function seedDemo(app, { today, newPassword }) {
	if (app.countRecords('sites') > 0) return { seeded: false };
	const demo = buildDemo({ today });
	const counts = { responses: 0, answers: 0, complaints: 0, suggestions: 0 };
	const accounts = [];

	app.runInTransaction((tx) => {
		const col = (name) => tx.findCollectionByNameOrId(name);
		const policy = tx.findFirstRecordByFilter('policies', '1=1');
		policy.set('organisation_name', demo.organisation.name);
		policy.set('organisation_address', demo.organisation.address);
		policy.set('organisation_email', demo.organisation.email);
		policy.set('dpo_email', demo.organisation.dpoEmail);
		policy.set('hosting', demo.organisation.hosting);
		tx.save(policy);
		const deadlineDays = {
			complaint: policy.getInt('complaint_deadline_days'),
			information: policy.getInt('information_deadline_days')
		};

		const sites = {};
		for (const s of demo.sites) {
			const { key, ...fields } = s;
			sites[key] = { record: save(tx, col('sites'), { ...fields, closures: [], active: true }), ...s };
		}
		const points = {};
		for (const p of demo.points) {
			points[p.key] = save(tx, col('reception_points'), {
				site: sites[p.site].record.id,
				name: p.name,
				slug: p.slug,
				kind: p.kind,
				active: true
			});
		}
		const engagements = {};
		for (const e of tx.findAllRecords('engagements')) engagements[e.getInt('number')] = e.id;

		const questionnaire = save(tx, col('questionnaires'), demo.questionnaire);
		const questions = demo.questions.map((q) =>
			save(tx, col('questions'), {
				questionnaire: questionnaire.id,
				engagement: engagements[q.engagement],
				position: q.position,
				label: q.label
			})
		);

		const staff = {};
		for (const member of demo.staff) {
			const record = new Record(col('staff'));
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

		const responseCol = col('survey_responses');
		const answerCol = col('survey_answers');
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

		for (const s of demo.suggestions) {
			save(tx, col('suggestions'), {
				site: sites[s.site].record.id,
				reception_point: points[s.point].id,
				channel: s.channel,
				text: s.text,
				day: s.day
			});
			counts.suggestions += 1;
		}

		const sequences = {};
		for (const c of demo.complaints) {
			const site = sites[c.site];
			const calendar = { timeZone: site.time_zone, zone: site.zone, closures: [] };
			const due = wd.deadline(c.received_at, deadlineDays[c.kind], calendar);
			const letter = c.kind === 'complaint' ? 'R' : 'I';
			const year = due.receivedOn.slice(0, 4);
			const seqKey = `${year}-${letter}`;
			sequences[seqKey] = (sequences[seqKey] || 0) + 1;
			const received = Date.parse(c.received_at);
			const answeredAt =
				c.answer_delay === null
					? null
					: new Date(received + c.answer_delay * (Date.parse(due.dueAt) - received));
			// Taken in hand two hours after receipt; answered ones were taken in hand by their answer.
			const takenAt = answeredAt || (c.taken_in_hand ? new Date(received + 2 * 3600000) : null);
			const agent = c.site === 'metz' ? staff.agent : staff['agent-fdf'];
			const complaint = save(tx, col('complaints'), {
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
			counts.complaints += 1;
		}
	});
	return { seeded: true, counts, accounts };
}

module.exports = { seedDemo };
