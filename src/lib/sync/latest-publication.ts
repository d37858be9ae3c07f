// The lobby screen's data: the site (by its slug) and the latest publication, from the server when it
// answers, else the copy this device kept (Dexie cache table), so a screen that reboots offline still
// shows the results, with the time they were fetched.
import { ClientResponseError } from 'pocketbase';
import * as cache from '$lib/db/cache.repo';
import { database, type QepDatabase } from '$lib/db/database';
import { pb } from '$lib/pb/client';
import { publicationRecordSchema, type PublicationRecord } from '$lib/domain/snapshot';

export interface LobbyData {
	site: { id: string; name: string; slug: string };
	/** Null when nothing was ever published. */
	publication: PublicationRecord | null;
}

export interface LoadedLobby extends LobbyData {
	/** True when the server could not be reached and this is the device's copy. */
	fromCache: boolean;
	/** When this copy was fetched from the server (ms since epoch). */
	fetchedAt: number;
}

/** The site slug is not known to the server: nothing to show, nothing to retry. */
export class UnknownSiteError extends Error {
	constructor(slug: string) {
		super(`No site "${slug}"`);
		this.name = 'UnknownSiteError';
	}
}

interface Cached extends LobbyData {
	fetchedAt: number;
}

const keyOf = (slug: string) => `lobby:${slug}`;

/** Fetches a site and the latest publication from the public collections. */
export async function fetchLobby(slug: string): Promise<LobbyData> {
	const options = { requestKey: null };
	let site;
	try {
		site = await pb.collection('sites').getFirstListItem(pb.filter('slug = {:slug}', { slug }), options);
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 404) throw new UnknownSiteError(slug);
		throw error;
	}
	const { items } = await pb
		.collection('publications')
		.getList(1, 1, { ...options, sort: '-created,-id', skipTotal: true });
	return {
		site: { id: site.id, name: String(site.name), slug },
		publication: items[0] ? publicationRecordSchema.parse(items[0]) : null
	};
}

/** The lobby's data: fresh and kept, or the kept copy when the server cannot be reached. */
export async function loadLobby(
	slug: string,
	fetcher: (slug: string) => Promise<LobbyData> = fetchLobby,
	db: QepDatabase = database(),
	now: () => number = Date.now
): Promise<LoadedLobby> {
	try {
		const data = await fetcher(slug);
		const fetchedAt = now();
		await cache.write(db, keyOf(slug), { ...data, fetchedAt } satisfies Cached);
		return { ...data, fromCache: false, fetchedAt };
	} catch (error) {
		if (error instanceof UnknownSiteError) throw error;
		const cached = await cache.read<Cached>(db, keyOf(slug));
		if (cached) return { ...cached, fromCache: true };
		throw error;
	}
}
