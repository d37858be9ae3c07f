// A stand-in for the browser's `fetch` in the specs of the public reads (public-reads.ts) and their callers:
//   beforeEach(() => served.install());  afterEach(() => vi.unstubAllGlobals());
// Each address answers what the spec set for it (a fresh JSON body each time, with the status set for it,
// 200 by default); any other address fails as an unreachable server does. Every address asked is recorded.
import { vi } from 'vitest';
import { MAX_PER_PAGE } from './public-reads';

/** A PocketBase list read's answer: one page holding `items`, of `perPage` asked. */
export const listPage = (items: unknown[], perPage = MAX_PER_PAGE) => ({ page: 1, perPage, items });

class FakeServer {
	/** The JSON body each address answers. */
	answers: Record<string, unknown> = {};
	/** A status other than 200, by address. */
	statuses: Record<string, number> = {};
	/** Each request made: its address and its options. */
	requests: { url: string; init: RequestInit | undefined }[] = [];

	/** Forgets what was set and asked, and puts this server in the place of `fetch`. */
	install(): void {
		this.answers = {};
		this.statuses = {};
		this.requests = [];
		vi.stubGlobal('fetch', (url: string, init?: RequestInit) => this.fetch(url, init));
	}

	/** How many times `url` was asked. */
	count(url: string): number {
		return this.requests.filter((request) => request.url === url).length;
	}

	private fetch(url: string, init: RequestInit | undefined): Promise<Response> {
		this.requests.push({ url, init });
		if (!(url in this.answers)) return Promise.reject(new TypeError('Failed to fetch'));
		const body = JSON.stringify(this.answers[url]);
		return Promise.resolve(new Response(body, { status: this.statuses[url] ?? 200 }));
	}
}

export const served = new FakeServer();
