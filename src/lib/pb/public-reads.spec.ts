import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UnexpectedAnswer } from './answer';
import { fakePb } from './fake-client';
import { MAX_PER_PAGE, PUBLIC_READS, preloadLinks, readPublic } from './public-reads';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

beforeEach(() => fakePb.reset());

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
	});

	it('names nothing for another page', () => {
		expect(preloadLinks('/')).toBe('');
		expect(preloadLinks('/gestion')).toBe('');
	});
});

describe('readPublic', () => {
	it('reads the records at the address', async () => {
		fakePb.answers[PUBLIC_READS.sites] = { page: 1, perPage: MAX_PER_PAGE, items: [{ id: 'a' }] };
		expect(await readPublic('sites')).toEqual([{ id: 'a' }]);
		expect(fakePb.optionsOf(PUBLIC_READS.sites, 'send')).toMatchObject({ requestKey: null });
	});

	it('asks with a plain request, without the SDK’s headers, as the preload did', async () => {
		fakePb.answers[PUBLIC_READS.sites] = { page: 1, perPage: MAX_PER_PAGE, items: [] };
		await readPublic('sites');
		const { fetch: send } = fakePb.optionsOf(PUBLIC_READS.sites, 'send') as { fetch: typeof fetch };
		const plain = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
		await send('/api/collections/sites/records', { headers: { 'Accept-Language': 'en-US' } });
		expect(plain).toHaveBeenCalledWith('/api/collections/sites/records');
		plain.mockRestore();
	});

	it('never takes a full page for the whole list, nor another answer for a page', async () => {
		const full = Array.from({ length: MAX_PER_PAGE }, (_, i) => ({ id: String(i) }));
		fakePb.answers[PUBLIC_READS.points] = { page: 1, perPage: MAX_PER_PAGE, items: full };
		await expect(readPublic('points')).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers[PUBLIC_READS.points] = { items: 'none' };
		await expect(readPublic('points')).rejects.toBeInstanceOf(UnexpectedAnswer);
		// A page of one is whole when one was asked for.
		fakePb.answers[PUBLIC_READS.policy] = { page: 1, perPage: 1, items: [{ id: 'p' }] };
		expect(await readPublic('policy')).toEqual([{ id: 'p' }]);
	});
});
