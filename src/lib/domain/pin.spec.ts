import { describe, expect, it } from 'vitest';
import { hashPin, protectPin, verifyPin } from './pin';

describe('PIN', () => {
	it('verifies the right PIN and refuses others', async () => {
		const stored = await protectPin('482916');
		expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(await verifyPin('482916', stored)).toBe(true);
		expect(await verifyPin('482917', stored)).toBe(false);
		expect(await verifyPin('', stored)).toBe(false);
	});

	it('salts: the same PIN gives different hashes', async () => {
		const [a, b] = await Promise.all([protectPin('1234'), protectPin('1234')]);
		expect(a.hash).not.toBe(b.hash);
	});

	it('is plain PBKDF2-SHA-256 (RFC 8018), reproducible from salt and iterations', async () => {
		expect(await hashPin('1234', 'salt', 1)).toBe(await hashPin('1234', 'salt', 1));
		expect(await hashPin('1234', 'salt', 1)).not.toBe(await hashPin('1234', 'salt', 2));
	});

	it('refuses PINs that are not 4 to 8 digits', async () => {
		await expect(protectPin('12a4')).rejects.toThrow();
		await expect(protectPin('123')).rejects.toThrow();
	});
});
