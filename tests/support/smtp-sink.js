// A local SMTP sink for tests: PocketBase's mailer delivers to it over real SMTP, and tests read what
// arrived, in this process (`messages()`) or from another one over HTTP (`GET <httpUrl>/messages`).
import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/lib/pocketbase.js';

/** @typedef {{ from: string, to: string[], subject: string, text: string, html: string, receivedAt: string }} Mail */

/** @param {import('mailparser').AddressObject | import('mailparser').AddressObject[] | undefined} field */
const addresses = (field) =>
	(Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
		a.value.map((v) => (v.address ?? '').toLowerCase())
	);

/**
 * Starts the sink on free loopback ports.
 * @returns {Promise<{ host: string, port: number, httpUrl: string, env: Record<string, string>,
 *   messages: () => Mail[], clear: () => void, stop: () => Promise<void> }>}
 */
export async function startSmtpSink() {
	/** @type {Mail[]} */
	const received = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					received.push({
						from: addresses(mail.from)[0] ?? '',
						to: addresses(mail.to),
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						html: typeof mail.html === 'string' ? mail.html : '',
						receivedAt: new Date().toISOString()
					});
					callback();
				})
				.catch(callback);
		}
	});
	const port = await freePort();
	await new Promise((resolve, reject) => {
		smtp.once('error', reject);
		smtp.listen(port, '127.0.0.1', () => resolve(undefined));
	});

	const api = http.createServer((req, res) => {
		if (req.url === '/messages' && req.method === 'GET') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(received));
		} else if (req.url === '/messages' && req.method === 'DELETE') {
			received.length = 0;
			res.writeHead(204).end();
		} else res.writeHead(404).end();
	});
	const httpPort = await freePort();
	await new Promise((resolve) => api.listen(httpPort, '127.0.0.1', () => resolve(undefined)));

	return {
		host: '127.0.0.1',
		port,
		httpUrl: `http://127.0.0.1:${httpPort}`,
		// What PocketBase needs to send through this sink (read by pb_hooks/lib/mail-settings.js).
		env: {
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(port),
			MAIL_FROM_ADDRESS: 'qualite@prefecture.test',
			MAIL_FROM_NAME: 'Préfecture (tests)'
		},
		messages: () => [...received],
		clear: () => {
			received.length = 0;
		},
		stop: async () => {
			await new Promise((resolve) => smtp.close(() => resolve(undefined)));
			await new Promise((resolve) => api.close(() => resolve(undefined)));
		}
	};
}

/**
 * Waits until a mail to `to` (and matching `subject`, if given) reached the sink behind `httpUrl`.
 * @param {string} httpUrl
 * @param {{ to: string, subject?: RegExp, timeoutMs?: number }} query
 * @returns {Promise<Mail>}
 */
export async function waitForMail(httpUrl, { to, subject, timeoutMs = 10_000 }) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		/** @type {Mail[]} */
		const mails = await (await fetch(`${httpUrl}/messages`)).json();
		const found = mails.find((m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject)));
		if (found) return found;
		if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
