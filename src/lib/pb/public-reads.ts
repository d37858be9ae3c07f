// The public lists a visitor's first page needs before it can draw its content, each read at one fixed
// address. A public page's HTML names the addresses its page reads (`preloadLinks`, written at build time
// by hooks.server.ts), so that on a first visit the browser asks for the data together with the page's code
// instead of a round trip after it; the app then reads them at exactly those addresses, and the browser
// hands over what it preloaded.
//
// They are plain requests, not the SDK's: the SDK's headers (a JSON content type and a language on a GET, a
// signed-in agent's token) would keep a browser comparing headers, as WebKit does, from handing over the
// preload, and the SDK itself (10 KB compressed) stays out of the public pages' first load. The lists are
// public: the answer is the same without them. A failure has the SDK's error's fields, so that every caller
// reads it one way (errors.ts).
import * as z from 'zod/mini';
import { UnexpectedAnswer, fieldsOf, parseAnswer } from './answer';
import type { ResponseFailure } from './errors';
import { engagementRecordSchema, policyRecordSchema } from './types';

/** PocketBase's largest page: a list read whole in one request. */
export const MAX_PER_PAGE = 1000;

function listAddress(collection: string, query: Record<string, string>): string {
	const search = new URLSearchParams({ page: '1', perPage: String(MAX_PER_PAGE), skipTotal: '1', ...query });
	return `/api/collections/${collection}/records?${search}`;
}

/** Each public read by name, at its address. */
export const PUBLIC_READS = {
	/** The prefecture's policy: the first one made (there is one). */
	policy: listAddress('policies', { perPage: '1', sort: 'created', fields: fieldsOf(policyRecordSchema) }),
	/** The active sites, with what the forms and the survey read of them. */
	sites: listAddress('sites', {
		filter: 'active = true',
		sort: 'name',
		fields: 'id,name,slug,zone,time_zone,contact_email,contact_address'
	}),
	/** The active reception points. */
	points: listAddress('reception_points', {
		filter: 'active = true',
		sort: 'name',
		fields: 'id,site,name,slug'
	}),
	/** The Qual-e-pref engagements. */
	engagements: listAddress('engagements', { sort: 'number', fields: fieldsOf(engagementRecordSchema) }),
	/** The questionnaire in service, with its questions (a back-relation expand). */
	questionnaire: listAddress('questionnaires', {
		perPage: '1',
		filter: 'status = "active"',
		sort: '-version',
		expand: 'questions_via_questionnaire'
	})
} as const;
export type PublicRead = keyof typeof PUBLIC_READS;

/**
 * What each public page reads as it starts, by path (the home page draws its title before its engagements;
 * the survey and the forms need theirs to draw their content). `/avis` without a site shows a chooser
 * (the sites and points); the questionnaire's preload then serves the survey once a site is chosen.
 */
const PAGE_READS: Record<string, PublicRead[]> = {
	'/': ['policy', 'engagements'],
	'/avis': ['policy', 'questionnaire', 'sites', 'points'],
	'/reclamation': ['policy', 'sites', 'points', 'engagements'],
	'/suggestion': ['policy', 'sites', 'points', 'engagements']
};

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The `<link rel="preload">` tags for the page at `pathname`: empty for a page without any. `crossorigin`
 * makes the preload's request the same as the app's own (CORS mode, same-origin credentials), without
 * which the browser would not hand it over.
 */
export function preloadLinks(pathname: string): string {
	return (PAGE_READS[pathname] ?? [])
		.map(
			(read) =>
				`<link rel="preload" href="${attribute(PUBLIC_READS[read])}" as="fetch" crossorigin="anonymous">`
		)
		.join('\n\t\t');
}

const pageSchema = z.object({ perPage: z.number(), items: z.array(z.unknown()) });

/**
 * The records of one public read (unparsed: each caller parses them with its own schema). Throws a
 * PublicReadFailure (status 0 when the server was not reached), or UnexpectedAnswer for an answer that is not a page,
 * or a whole page of MAX_PER_PAGE records: some might be missing, and a list cut short is never taken for
 * the whole.
 */
export async function readPublic(read: PublicRead): Promise<unknown[]> {
	const page = parseAnswer(pageSchema, await getJson(PUBLIC_READS[read]));
	if (page.perPage === MAX_PER_PAGE && page.items.length >= MAX_PER_PAGE)
		throw new UnexpectedAnswer(`more than ${MAX_PER_PAGE} records in ${read}`);
	return page.items;
}

/**
 * A public read that failed, with the fields of the SDK's error (errors.ts reads both alike): `response` is
 * the server's whole JSON answer (`{ status, message, data }`), as the SDK keeps it.
 */
export class PublicReadFailure extends Error implements ResponseFailure {
	readonly response: { data?: unknown };

	constructor(
		readonly url: string,
		readonly status: number,
		body: unknown,
		readonly isAbort = false,
		options?: ErrorOptions
	) {
		super(status === 0 ? `${url} not reached` : `${url} answered ${status}`, options);
		this.name = 'PublicReadFailure';
		this.response = body !== null && typeof body === 'object' ? body : {};
	}
}

/** The JSON body at `address` (`{}` when it is not JSON); throws a PublicReadFailure as the SDK would. */
async function getJson(address: string): Promise<unknown> {
	let status: number;
	let text: string;
	try {
		const response = await fetch(address);
		status = response.status;
		text = await response.text();
	} catch (error) {
		// Not reached, or cut off while answering; or cancelled.
		const aborted = error instanceof DOMException && error.name === 'AbortError';
		throw new PublicReadFailure(address, 0, {}, aborted, { cause: error });
	}
	let body: unknown = {};
	try {
		body = JSON.parse(text);
	} catch {
		// Not JSON: the page's schema refuses it below, or the status says what went wrong.
	}
	if (status >= 400) throw new PublicReadFailure(address, status, body);
	return body;
}
