import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrol, isEnrolled, kioskClient } from './kiosk-client';
import { UnexpectedAnswer } from './answer';

const record = { id: 'kiosk0000000001', collectionId: 'pbc_kiosks', collectionName: 'kiosks' };
// A token whose payload expires in 2100 (the auth store only reads its `exp`).
const token = `x.${btoa(JSON.stringify({ exp: 4102444800 }))}.y`;

afterEach(() => {
	vi.restoreAllMocks();
	kioskClient.authStore.clear();
});

describe('the kiosk’s enrolment', () => {
	it('keeps the token and the kiosk’s record of a well-formed answer', async () => {
		vi.spyOn(kioskClient, 'send').mockResolvedValue({ token, record: { ...record, name: 'Hall' } });
		await enrol('a-one-time-code-of-twenty-chars');
		expect(isEnrolled()).toBe(true);
		expect(kioskClient.authStore.record).toEqual(record);
	});

	it('rejects an answer without a token, and stays unenrolled', async () => {
		vi.spyOn(kioskClient, 'send').mockResolvedValue({ record });
		await expect(enrol('a-one-time-code-of-twenty-chars')).rejects.toBeInstanceOf(UnexpectedAnswer);
		expect(isEnrolled()).toBe(false);
	});

	it.each([
		['an empty token', { token: '', record }],
		['a record of another collection', { token, record: { ...record, collectionName: 'staff' } }]
	])('rejects %s, and stays unenrolled', async (_, answer) => {
		vi.spyOn(kioskClient, 'send').mockResolvedValue(answer);
		await expect(enrol('a-one-time-code-of-twenty-chars')).rejects.toBeInstanceOf(UnexpectedAnswer);
		expect(isEnrolled()).toBe(false);
	});
});
