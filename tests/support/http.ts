import { ClientResponseError } from 'pocketbase';

/** The HTTP status of an SDK call: 200 when it succeeded, the error's status when it failed. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
	try {
		await call;
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}
