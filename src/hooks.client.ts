// Runs once, before any page. zod compiles its object checks with `new Function` when the page allows it,
// and finds out by trying: under the app's Content-Security-Policy (no eval) that try is a reported
// violation. The interpreted checks are fast enough for forms, so zod is told not to try.
import type { HandleClientError } from '@sveltejs/kit';
import * as z from 'zod/mini';
import { m } from '$lib/i18n/messages';
import { errorMessage } from '$lib/pb/errors';

z.config({ jitless: true });

/**
 * The last resort for what no screen caught (a load or a component that threw): logged here once, and the
 * error page gets a sentence of ours, never the error's own text (which may hold a URL or a record).
 * A missing page is no fault: it is not logged.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status === 404) return { message: m.error_404_title() };
	console.error(`Unexpected error (${status} ${message})`, error);
	return { message: errorMessage(error) };
};
