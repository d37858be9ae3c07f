import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { m } from '$lib/i18n/messages';
import { UnexpectedAnswer } from './answer';
import { caught, httpStatus, isAbort, isNetwork } from './errors';
import { listPage, served } from './fake-fetch';
import {
	MAX_PER_PAGE,
	PUBLIC_READS,
	PublicReadFailure,
	preloadLinks,
	readPublic,
	type PublicRead
} from './public-reads';

const query = (address: string) => Object.fromEntries(new URL(address, 'http://x').searchParams);

describe('the public reads’ addresses', () => {
	it('ask PocketBase for a whole list at once, only the active places, with the fields read', () => {
		for (const address of Object.values(PUBLIC_READS))
			expect(address).toMatch(/^\/api\/collections\/[a-z_]+\/records\?page=1&perPage=\d+&skipTotal=1&/);
		expect(query(PUBLIC_READS.sites)).toMatchObject({ perPage: '1000', filter: 'active = true' });
		expect(query(PUBLIC_READS.points)).toMatchObject({
			filter: 'active = true',
			fields: 'id,site,name,slug'
		});
		expect(query(PUBLIC_READS.questionnaire)).toMatchObject({
			perPage: '1',
			filter: 'status = "active"',
			sort: '-version',
			expand: 'questions_via_questionnaire'
		});
		expect(query(PUBLIC_READS.policy).fields?.split(',')).toContain('organisation_name');
	});
});

describe('preloadLinks', () => {
	it('names the addresses the web survey and the forms read, escaped for an attribute', () => {
		const links = preloadLinks('/avis');
		expect(links.match(/<link rel="preload" href="[^"]+" as="fetch" crossorigin="anonymous">/g)).toHaveLength(
			4
		);
		expect(links).toContain(PUBLIC_READS.questionnaire.replaceAll('&', '&amp;'));
		expect(links).not.toMatch(/&(?!amp;)/);
		expect(preloadLinks('/reclamation')).toContain(PUBLIC_READS.engagements.replaceAll('&', '&amp;'));
		expect(preloadLinks('/suggestion')).toBe(preloadLinks('/reclamation'));
		expect(preloadLinks('/')).toContain(PUBLIC_READS.engagements.replaceAll('&', '&amp;'));
	});

	it('names nothing for another page', () => {
		expect(preloadLinks('/suivi')).toBe('');
		expect(preloadLinks('/gestion')).toBe('');
	});
});

describe('readPublic', () => {
	beforeEach(() => served.install());
	afterEach(() => vi.unstubAllGlobals());

	it('reads the records at the address, with a plain request (no SDK headers), as the preload did', async () => {
		served.answers[PUBLIC_READS.sites] = listPage([{ id: 'a' }]);
		expect(await readPublic('sites')).toEqual([{ id: 'a' }]);
		expect(served.requests).toEqual([{ url: PUBLIC_READS.sites, init: undefined }]);
	});

	it('never takes a full page for the whole list, nor another answer for a page', async () => {
		const full = Array.from({ length: MAX_PER_PAGE }, (_, i) => ({ id: String(i) }));
		served.answers[PUBLIC_READS.points] = listPage(full, MAX_PER_PAGE);
		await expect(readPublic('points')).rejects.toBeInstanceOf(UnexpectedAnswer);
		served.answers[PUBLIC_READS.points] = { items: 'none' };
		await expect(readPublic('points')).rejects.toBeInstanceOf(UnexpectedAnswer);
		// A page of one is whole when one was asked for.
		served.answers[PUBLIC_READS.policy] = listPage([{ id: 'p' }], 1);
		expect(await readPublic('policy')).toEqual([{ id: 'p' }]);
	});

	it('fails as the SDK does: status 0 when the server is not reached, else the server’s status', async () => {
		const failure = (read: PublicRead) => readPublic(read).catch((error: unknown) => error);
		const unreached = await failure('sites');
		expect(unreached).toBeInstanceOf(PublicReadFailure);
		expect(isNetwork(unreached)).toBe(true);
		served.answers[PUBLIC_READS.sites] = { message: 'Too many requests.' };
		served.statuses[PUBLIC_READS.sites] = 429;
		const refused = await failure('sites');
		expect(httpStatus(refused)).toBe(429);
		expect(isNetwork(refused)).toBe(false);
		expect(caught(refused)).toMatchObject({ message: m.error_too_many_requests() });
	});

	it('reads an answer that is not JSON as unexpected, or by its status', async () => {
		vi.stubGlobal('fetch', async () => new Response('<html>proxy</html>', { status: 200 }));
		await expect(readPublic('sites')).rejects.toBeInstanceOf(UnexpectedAnswer);
		vi.stubGlobal('fetch', async () => new Response('<html>down</html>', { status: 502 }));
		expect(httpStatus(await readPublic('sites').catch((error: unknown) => error))).toBe(502);
	});

	it('tells a cancelled request from an unreachable server', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new DOMException('The user aborted a request.', 'AbortError');
		});
		expect(isAbort(await readPublic('sites').catch((error: unknown) => error))).toBe(true);
	});
});
