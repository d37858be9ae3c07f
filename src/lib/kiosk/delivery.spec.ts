import { expect, test } from 'vitest';
import { deliveryStatus } from './delivery';

test('nothing left on the device: the answer was sent', () => {
	expect(deliveryStatus(0, 'idle', true)).toBe('sent');
	expect(deliveryStatus(0, 'offline', false)).toBe('sent');
});

test('online and syncing (or about to): the answer is on its way', () => {
	expect(deliveryStatus(1, 'syncing', true)).toBe('sending');
	expect(deliveryStatus(1, 'idle', true)).toBe('sending');
});

test('offline, or waiting to retry: the answer stays on the device for now', () => {
	expect(deliveryStatus(1, 'offline', true)).toBe('stored');
	expect(deliveryStatus(1, 'syncing', false)).toBe('stored');
	expect(deliveryStatus(2, 'waiting', true)).toBe('stored');
	expect(deliveryStatus(1, 'revoked', true)).toBe('stored');
});
