import type { NavigationEvent } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { globalConfig } from 'zod/v4/core';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { handleError } from './hooks.client';

beforeAll(() => overwriteGetLocale(() => 'fr'));
afterEach(() => vi.restoreAllMocks());

const event = {
	url: new URL('http://localhost/gestion'),
	params: {},
	route: { id: '/(staff)/gestion' }
} as NavigationEvent;
const handle = (error: unknown, status = 500, message = 'Internal Error') =>
	handleError({ error, event, status, message });

describe('handleError', () => {
	it('logs an unexpected error once and gives the page a sentence of ours, not its text', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const error = new Error('Cannot read properties of undefined (reading "secret")');
		expect(await handle(error)).toEqual({
			message: 'Une erreur inattendue s’est produite. Réessayez dans quelques instants.'
		});
		expect(log).toHaveBeenCalledTimes(1);
		expect(log.mock.calls[0]).toContain(error);
	});

	it('says the network when the server was not reached', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const offline = new ClientResponseError({ status: 0, response: {} });
		expect(await handle(offline)).toEqual({
			message: 'Le serveur ne répond pas. Vérifiez votre connexion à internet, puis réessayez.'
		});
	});

	it('does not log a missing page', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await handle(new Error('Not found: /nulle-part'), 404, 'Not Found')).toEqual({
			message: 'Page non trouvée'
		});
		expect(log).not.toHaveBeenCalled();
	});
});

describe('zod’s configuration', () => {
	it('has object checks interpreted, never compiled (the CSP forbids eval), for every schema', () => {
		// One config in zod's core: schemas built with zod/mini and with classic zod both read it.
		expect(globalConfig.jitless).toBe(true);
	});
});
