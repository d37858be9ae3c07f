// Holds and the list of what expires soon (pb_hooks/15_holds.pb.js): an administrator keeps an item past
// its retention until a day and for a reason; referents and administrators see what the retention job will
// anonymise within the coming days. Checks are pure; the routes below them.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { isRealDay, textCode, isObject } = lib('values.js');

// The reason of a hold or an erasure (lib/rights.js), read by the device too.
const REASON = lib('limits.json').reason;
const MAX_YEARS = 10;

/** The last day a hold may end on: the same date ten years on (29 February gives the 28th). */
function latestHold(todayISO) {
	const year = Number(todayISO.slice(0, 4)) + MAX_YEARS;
	const month = Number(todayISO.slice(5, 7));
	const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = Math.min(Number(todayISO.slice(8, 10)), lastOfMonth);
	return `${year}-${todayISO.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/**
 * A hold request's values, or its errors by field. `until` '' releases the hold (reason optional then).
 * @returns {{ until?: string, reason?: string, errors?: Record<string, string> }}
 */
function checkHold(body, todayISO) {
	if (!isObject(body)) return { errors: { body: 'invalid' } };
	/** @type {Record<string, string>} */
	const errors = {};
	const { until, reason } = body;
	const releasing = until === '';
	if (until === undefined || until === null) errors.until = 'required';
	else if (typeof until !== 'string' || (!releasing && !isRealDay(until))) errors.until = 'invalid';
	else if (!releasing && until <= todayISO) errors.until = 'past';
	else if (!releasing && until > latestHold(todayISO)) errors.until = 'too_far';
	const reasonCode =
		releasing && (reason === undefined || reason === null || reason === '')
			? null
			: textCode(reason, REASON.min, REASON.max);
	if (reasonCode) errors.reason = reasonCode;
	if (Object.keys(errors).length > 0) return { errors };
	return { until, reason: typeof reason === 'string' ? reason.trim() : '' };
}

/** The `days` query parameter: 1–365, 30 when absent; null when it is anything else. */
function windowDays(raw) {
	if (raw === '' || raw === undefined || raw === null) return 30;
	if (!/^\d{1,3}$/.test(raw)) return null;
	const days = Number(raw);
	return days >= 1 && days <= 365 ? days : null;
}

const MESSAGES = {
	required: 'Required.',
	invalid: 'Invalid value.',
	past: 'The hold must end after today.',
	too_far: `A hold lasts ${MAX_YEARS} years at most.`,
	too_short: `At least ${REASON.min} characters.`,
	too_long: `At most ${REASON.max} characters.`
};

/** POST /api/qep/complaints/{id}/hold { until, reason } — administrators only. */
function handleHold(e) {
	const { callerOf, findOrNull } = lib('caller.js');
	const { badRequest, jsonBody } = lib('responses.js');
	const { appendEvent } = lib('trail.js');
	const caller = callerOf(e.auth);
	if (caller.kind !== 'staff') throw new UnauthorizedError('Staff only.');
	if (caller.role !== 'admin') throw new ForbiddenError('Administrators only.');
	const today = new Date().toISOString().slice(0, 10);
	const checked = checkHold(jsonBody(e), today);
	if (checked.errors) {
		const codes = checked.errors;
		const field = Object.keys(codes)[0];
		return badRequest(e, MESSAGES[codes[field]] || 'Invalid request.', codes);
	}
	/** @type {{ refused?: boolean, complaint?: { id: string, hold_until: string, hold_reason: string } }} */
	let result = null;
	e.app.runInTransaction((tx) => {
		const complaint = findOrNull(tx, 'complaints', e.request.pathValue('id'));
		if (!complaint) throw new NotFoundError('No such complaint.');
		if (complaint.getString('anonymised_at')) {
			result = { refused: true };
			return;
		}
		// In SQL, so that `updated` (the last activity the retention counts from) does not move: a hold
		// delays the erasure until its end, it does not restart the period.
		tx.db()
			.newQuery('UPDATE complaints SET hold_until = {:until}, hold_reason = {:reason} WHERE id = {:id}')
			.bind({ until: checked.until, reason: checked.until ? checked.reason : '', id: complaint.id })
			.execute();
		appendEvent(
			tx,
			complaint.id,
			caller.id,
			checked.until ? 'held' : 'released',
			checked.until ? { until: checked.until, reason: checked.reason } : { reason: checked.reason }
		);
		result = {
			complaint: {
				id: complaint.id,
				hold_until: checked.until,
				hold_reason: checked.until ? checked.reason : ''
			}
		};
	});
	if (result.refused)
		return badRequest(e, 'This item was anonymised at the end of its retention period.', {
			id: 'anonymised'
		});
	return e.json(200, result);
}

/** When an item whose erasure was asked becomes due: the day after its hold's last day, or at the request. */
function requestDue({ hold_until, erasure_requested_at }) {
	if (!hold_until) return erasure_requested_at.replace(' ', 'T');
	return new Date(Date.parse(`${hold_until}T00:00:00.000Z`) + 86400000).toISOString();
}

const earliest = (a, b) => (Date.parse(a) <= Date.parse(b) ? a : b);

/** GET /api/qep/retention/expiring?days=30 — referents and administrators. */
function handleExpiring(e) {
	const { callerOf } = lib('caller.js');
	const { badRequest } = lib('responses.js');
	const { shiftMonths, retentionCutoff } = lib('retention.js');
	const { queryRows } = lib('query-rows.js');
	const caller = callerOf(e.auth);
	if (caller.kind !== 'staff') throw new UnauthorizedError('Staff only.');
	if (caller.role !== 'admin' && caller.role !== 'referent')
		throw new ForbiddenError('Referents and administrators only.');
	const days = windowDays(e.request.url.query().get('days'));
	if (days === null) return badRequest(e, 'Between 1 and 365 days.', { days: 'invalid' });
	const months = e.app.findFirstRecordByFilter('policies', '1=1').getInt('retention_months');
	const horizon = new Date(Date.now() + days * 86400000).toISOString();
	// Due by the period's end, or earlier when the citizen asked for the erasure while the item was held:
	// the job erases it the night after the hold's last day (lib/retention.js).
	const rows = queryRows(
		e.app,
		`SELECT c.id, c.reference, c.kind, c.site, s.name AS siteName, c.status, c.updated, c.hold_until,
		 c.hold_reason, c.erasure_requested_at
		 FROM complaints c JOIN sites s ON s.id = c.site
		 WHERE c.status IN ('answered', 'closed') AND c.anonymised_at = ''
		 AND (c.updated < {:cutoff} OR (c.erasure_requested_at != '' AND c.hold_until < {:horizonDay}))
		 ORDER BY c.updated, c.id`,
		{ cutoff: retentionCutoff(horizon, months).stored, horizonDay: horizon.slice(0, 10) },
		{
			id: '',
			reference: '',
			kind: '',
			site: '',
			siteName: '',
			status: '',
			updated: '',
			hold_until: '',
			hold_reason: '',
			erasure_requested_at: ''
		}
	);
	const items = rows.map((r) => {
		const lastActivityAt = r.updated.replace(' ', 'T');
		const periodEnd = shiftMonths(lastActivityAt, months);
		const requested = r.erasure_requested_at !== '';
		return {
			id: r.id,
			reference: r.reference,
			kind: r.kind,
			site: r.site,
			siteName: r.siteName,
			status: r.status,
			lastActivityAt,
			expiresAt: requested ? earliest(periodEnd, requestDue(r)) : periodEnd,
			erasureRequested: requested,
			hold: r.hold_until ? { until: r.hold_until, reason: r.hold_reason } : null
		};
	});
	items.sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt) || (a.id < b.id ? -1 : 1));
	return e.json(200, { retentionMonths: months, days, items });
}

module.exports = {
	REASON,
	MAX_YEARS,
	latestHold,
	checkHold,
	windowDays,
	requestDue,
	handleHold,
	handleExpiring
};
