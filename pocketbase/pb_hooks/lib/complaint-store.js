// Stores one complaint or suggestion item of POST /api/qep/complaints and says what became of it.
// A complaint, its reference and its `received` event are written in one transaction; its
// acknowledgement is prepared here and sent by the route once everything is committed.
const { attachmentCode, fileEnds } = require(`${__hooks}/lib/attachment-check.js`);
const { findOrNull } = require(`${__hooks}/lib/caller.js`);
const { appendEvent } = require(`${__hooks}/lib/trail.js`);
const { checkComplaint, checkSuggestion, STAFF_CHANNELS } = require(`${__hooks}/lib/complaint-check.js`);
const { receivedAt, transcribedAt, deadlineDays, isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);
const { nextReference, referencePrefix } = require(`${__hooks}/lib/reference.js`);
const { fromRecordErrors } = require(`${__hooks}/lib/record-errors.js`);
const { isObject } = require(`${__hooks}/lib/values.js`);
const { ackMail } = require(`${__hooks}/lib/ack-mail.js`);
const { appUrlOf } = require(`${__hooks}/lib/mail-settings.js`);
const wd = require(`${__hooks}/lib/working-days.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);

const trim = (v) => (typeof v === 'string' ? v.trim() : '');

/** PocketBase's field errors in a thrown save error, as contract codes; null when it is another error. */
function fieldErrorsOf(err) {
	try {
		const data = err && err.value ? new BadRequestError('', err.value).data : null;
		return fromRecordErrors(data && JSON.parse(JSON.stringify(data)));
	} catch {
		return null;
	}
}

function placeContext(app, data) {
	const site = findOrNull(app, 'sites', data.site);
	const point = findOrNull(app, 'reception_points', data.reception_point);
	return {
		site: site && { id: site.id, active: site.getBool('active') },
		point: point && { id: point.id, site: point.getString('site') },
		siteRecord: site
	};
}

/** The receipt the device shows: for a replay, only to the holder of the tracking token. */
function receiptOf(complaint) {
	return {
		reference: complaint.getString('reference'),
		kind: complaint.getString('kind'),
		received_at: isoOf(complaint.getString('received_at')),
		deadline_at: isoOf(complaint.getString('deadline_at')),
		// Empty only while the first request is still sending the e-mail (or died doing so): not confirmed.
		ack: complaint.getString('ack_status') || 'failed'
	};
}

function duplicateComplaint(existing, data) {
	const token = typeof data.tracking_token === 'string' ? data.tracking_token : '';
	const owner =
		token !== '' && $security.equal($security.sha256(token), existing.getString('tracking_token_hash'));
	return owner
		? { id: existing.id, status: 'duplicate', receipt: receiptOf(existing) }
		: { id: existing.id, status: 'duplicate' };
}

function lastReference(tx, prefix) {
	const rows = arrayOf(new DynamicModel({ reference: '' }));
	tx.db()
		.newQuery('SELECT reference FROM complaints WHERE reference LIKE {:p} ORDER BY reference DESC LIMIT 1')
		.bind({ p: `${prefix}%` })
		.all(rows);
	return rows.length > 0 ? rows[0].reference : '';
}

/**
 * The codes by field that refuse a complaint item (its values, then its files), or null.
 * @returns {Record<string, string> | null}
 */
function complaintErrors(app, caller, item, data, place, files) {
	const engagement = findOrNull(app, 'engagements', data.engagement);
	const errors = checkComplaint(item, {
		caller,
		site: place.site,
		point: place.point,
		engagement: engagement && { id: engagement.id },
		fileCount: files.length,
		today: place.siteRecord
			? wd.receiptDate(new Date().toISOString(), place.siteRecord.getString('time_zone'))
			: null
	});
	if (errors) return errors;
	const maxBytes = app.findCollectionByNameOrId('complaints').fields.getByName('attachments').maxSize;
	const fileError = files.map((file) => attachmentCode(fileEnds(file), maxBytes)).find(Boolean);
	return fileError ? { attachments: fileError } : null;
}

/**
 * When the item counts as received (now, or a transcribed item's own receipt day) and its deadline under
 * the policy's number of working days for its kind.
 * @param {import('./site-calendar.js').SiteCalendar} site
 */
function receiptDates(app, data, site) {
	const policy = app.findFirstRecordByFilter('policies', '1=1', {});
	const received = STAFF_CHANNELS.includes(data.channel)
		? transcribedAt(data.received_on, site.timeZone, Date.now())
		: receivedAt(Date.now());
	const due = wd.deadline(
		received,
		deadlineDays(data.kind, {
			complaint_deadline_days: policy.getInt('complaint_deadline_days'),
			information_deadline_days: policy.getInt('information_deadline_days')
		}),
		site
	);
	return { received, due };
}

/** The complaint record to insert, without its reference (given inside the transaction). */
function complaintRecord(app, id, data, files, { received, due }) {
	const complaint = new Record(app.findCollectionByNameOrId('complaints'));
	complaint.set('id', id);
	for (const field of ['kind', 'channel', 'site', 'language']) complaint.set(field, data[field]);
	for (const field of ['reception_point', 'engagement', 'contact_email', 'contact_phone'])
		complaint.set(field, typeof data[field] === 'string' ? data[field] : '');
	for (const field of ['service', 'subject', 'description', 'contact_name', 'contact_address'])
		complaint.set(field, trim(data[field]));
	complaint.set('status', 'received');
	complaint.set('received_at', received);
	complaint.set('deadline_at', due.dueAt);
	complaint.set('tracking_token_hash', $security.sha256(data.tracking_token));
	if (files.length > 0) complaint.set('attachments', files);
	return complaint;
}

/**
 * Gives the complaint the next reference of its year and kind and inserts it with its `received` event, in
 * one transaction. Returns the save's field errors (nothing written then), or null.
 * @returns {Record<string, string> | null}
 */
function insertComplaint(app, caller, complaint, data, { received, due }) {
	/** @type {Record<string, string> | null} */
	let refused = null;
	app.runInTransaction((tx) => {
		// Writes are serialised, so the highest reference read here is still the highest at the insert.
		const year = due.receivedOn.slice(0, 4);
		const last = lastReference(tx, referencePrefix(year, data.kind));
		complaint.set('reference', nextReference(last, year, data.kind));
		try {
			tx.save(complaint);
		} catch (err) {
			refused = fieldErrorsOf(err);
			if (!refused) throw err;
			return; // nothing was written
		}
		// Who transcribed it, for letters, calls, e-mails and paper forms.
		appendEvent(tx, complaint.id, caller.kind === 'staff' ? caller.id : '', 'received', {
			channel: data.channel,
			reference: complaint.getString('reference'),
			received_at: received,
			deadline_at: due.dueAt,
			// When the visitor pressed "send" on the device (a kiosk may have been offline), or the
			// transcribed item's original receipt date.
			...(STAFF_CHANNELS.includes(data.channel)
				? { received_on: data.received_on }
				: { submitted_at: data.submitted_at })
		});
	});
	return refused;
}

/**
 * The acknowledgement of a stored complaint, to send once committed.
 * @param {import('./site-calendar.js').SiteCalendar} site
 */
function acknowledgement(app, complaint, data, due, site) {
	return {
		complaintId: complaint.id,
		email: complaint.getString('contact_email'),
		mail: ackMail({
			language: data.language,
			kind: data.kind,
			reference: complaint.getString('reference'),
			receivedOn: due.receivedOn,
			dueOn: due.dueOn,
			service: complaint.getString('service'),
			trackingUrl: `${appUrlOf(app)}/suivi#${data.tracking_token}`,
			site
		})
	};
}

/**
 * Checks and stores one complaint item. `pending` is the acknowledgement to send once committed.
 * @returns {{ result: any, pending?: { complaintId: string, email: string, mail: any } }}
 */
function intakeComplaint(app, caller, item, files) {
	const id = item.id;
	const data = isObject(item.data) ? item.data : {};
	const existing = findOrNull(app, 'complaints', id);
	if (existing) return { result: duplicateComplaint(existing, data) };

	const place = placeContext(app, data);
	const errors = complaintErrors(app, caller, item, data, place, files);
	if (errors) return { result: { id, status: 'rejected', errors } };

	const site = siteCalendar(place.siteRecord);
	const dates = receiptDates(app, data, site);
	const complaint = complaintRecord(app, id, data, files, dates);
	const refused = insertComplaint(app, caller, complaint, data, dates);
	if (refused && refused.id === 'duplicate') {
		// Another request stored the same item meanwhile.
		return { result: duplicateComplaint(app.findRecordById('complaints', id), data) };
	}
	if (refused) return { result: { id, status: 'rejected', errors: refused } };

	const { received, due } = dates;
	return {
		result: {
			id,
			status: 'created',
			receipt: {
				reference: complaint.getString('reference'),
				kind: data.kind,
				received_at: received,
				deadline_at: due.dueAt,
				ack: ''
			}
		},
		pending: acknowledgement(app, complaint, data, due, site)
	};
}

/** Checks and stores one suggestion item. @returns {{ result: any }} */
function intakeSuggestion(app, caller, item, files) {
	const id = item.id;
	const data = isObject(item.data) ? item.data : {};
	if (findOrNull(app, 'suggestions', id)) return { result: { id, status: 'duplicate' } };
	const place = placeContext(app, data);
	const today = place.siteRecord
		? wd.receiptDate(new Date().toISOString(), place.siteRecord.getString('time_zone'))
		: null;
	const errors = checkSuggestion(item, {
		caller,
		site: place.site,
		point: place.point,
		today,
		fileCount: files.length
	});
	if (errors) return { result: { id, status: 'rejected', errors } };
	const suggestion = new Record(app.findCollectionByNameOrId('suggestions'));
	suggestion.set('id', id);
	suggestion.set('site', data.site);
	suggestion.set('reception_point', data.reception_point || '');
	suggestion.set('channel', data.channel);
	suggestion.set('text', trim(data.text));
	suggestion.set('email', data.email || '');
	suggestion.set('day', data.day);
	try {
		app.save(suggestion);
	} catch (err) {
		const refused = fieldErrorsOf(err);
		if (!refused) throw err;
		if (refused.id === 'duplicate') return { result: { id, status: 'duplicate' } };
		return { result: { id, status: 'rejected', errors: refused } };
	}
	return { result: { id, status: 'created' } };
}

module.exports = { intakeComplaint, intakeSuggestion };
