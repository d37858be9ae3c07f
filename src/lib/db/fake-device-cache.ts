// A stand-in for the device's kept copies (./device-cache) in the clients' specs, mocked at the module
// boundary:
//   vi.mock('$lib/db/device-cache', () => import('$lib/db/fake-device-cache'));
// The copies live in memory, in `copies`: clear it in beforeEach.

export const copies = new Map<string, unknown>();

export async function keep(key: string, value: unknown): Promise<void> {
	copies.set(key, value);
}

export async function readKept<T>(key: string): Promise<T | null> {
	return (copies.get(key) as T | undefined) ?? null;
}
