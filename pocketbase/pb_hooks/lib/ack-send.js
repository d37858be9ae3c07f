// Sends a complaint's acknowledgement after the complaint was committed (lib/mailer.js), then records the
// outcome on the complaint (ack_status) and in its trail (`acknowledged` event).
const { sendMail } = require(`${__hooks}/lib/mailer.js`);
const { appendEvent } = require(`${__hooks}/lib/trail.js`);

/**
 * @param {any} app
 * @param {{ complaintId: string, email: string, mail: { subject: string, text: string, html: string } }} pending
 * @returns {'sent'|'failed'|'not_requested'|'not_configured'}
 */
function acknowledge(app, pending) {
	const ack = sendMail(app, { to: pending.email, ...pending.mail });
	app.runInTransaction((tx) => {
		const complaint = tx.findRecordById('complaints', pending.complaintId);
		complaint.set('ack_status', ack);
		tx.save(complaint);
		appendEvent(tx, complaint.id, '', 'acknowledged', { ack });
	});
	return ack;
}

module.exports = { acknowledge };
