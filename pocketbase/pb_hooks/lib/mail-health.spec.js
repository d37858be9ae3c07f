import { describe, expect, it } from 'vitest';
import { FAILING_ALERT_MS, mailHealth, noteMailOutcome, withoutAddresses } from './mail-health.js';

/** The app store's three methods over a Map. */
const memoryStore = () => {
	const map = new Map();
	return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
};
const T0 = Date.parse('2026-12-07T09:00:00Z');

describe('mail health', () => {
	it('is unknown until an e-mail went out, then ok', () => {
		const store = memoryStore();
		expect(mailHealth(store, { configured: true, nowMs: T0 }).state).toBe('unknown');
		noteMailOutcome(store, 'sent', T0);
		expect(mailHealth(store, { configured: true, nowMs: T0 })).toEqual({
			state: 'ok',
			lastSentAt: '2026-12-07T09:00:00.000Z',
			alert: false
		});
	});

	it('fails from the first failure, and alerts only after an hour of it', () => {
		const store = memoryStore();
		noteMailOutcome(store, 'failed', T0, 'dial tcp 127.0.0.1:25: connection refused');
		noteMailOutcome(store, 'failed', T0 + 30 * 60_000, 'again');
		const early = mailHealth(store, { configured: true, nowMs: T0 + FAILING_ALERT_MS - 1 });
		expect(early).toMatchObject({ state: 'failing', failingSince: '2026-12-07T09:00:00.000Z', alert: false });
		expect(early.lastError).toBe('again');
		expect(mailHealth(store, { configured: true, nowMs: T0 + FAILING_ALERT_MS }).alert).toBe(true);
	});

	it('is back to ok with the next e-mail delivered', () => {
		const store = memoryStore();
		noteMailOutcome(store, 'failed', T0, 'x');
		noteMailOutcome(store, 'sent', T0 + 2 * FAILING_ALERT_MS);
		expect(mailHealth(store, { configured: true, nowMs: T0 + 3 * FAILING_ALERT_MS })).toMatchObject({
			state: 'ok',
			alert: false
		});
	});

	it('learns nothing from e-mails that were not attempted', () => {
		const store = memoryStore();
		noteMailOutcome(store, 'not_requested', T0);
		noteMailOutcome(store, 'not_configured', T0);
		expect(mailHealth(store, { configured: true, nowMs: T0 }).state).toBe('unknown');
	});

	it('says when no relay is configured', () => {
		expect(mailHealth(memoryStore(), { configured: false, nowMs: T0 })).toEqual({
			state: 'not_configured',
			alert: false
		});
	});
});

describe('withoutAddresses', () => {
	it('keeps the relay’s words but never a visitor’s address', () => {
		expect(withoutAddresses('550 5.1.1 <camille.martin@example.org>: Recipient address rejected')).toBe(
			'550 5.1.1 <<adresse>>: Recipient address rejected'
		);
		expect(withoutAddresses('dial tcp 127.0.0.1:25: connect: connection refused')).toBe(
			'dial tcp 127.0.0.1:25: connect: connection refused'
		);
	});

	it('is what the status keeps of a failure', () => {
		const store = memoryStore();
		noteMailOutcome(store, 'failed', T0, 'mailbox "a.b@c.fr" unknown');
		expect(mailHealth(store, { configured: true, nowMs: T0 }).lastError).toBe('mailbox "<adresse>" unknown');
	});
});
