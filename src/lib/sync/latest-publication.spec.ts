import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { QepDatabase } from '$lib/db/database';
import { snapshot } from '$lib/domain/snapshot.fixture';
import { loadLobby, UnknownSiteError, type LobbyData } from './latest-publication';

let n = 0;
const dbs: QepDatabase[] = [];
function fresh() {
	const db = new QepDatabase(`lobby-spec-${n++}`);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

const data: LobbyData = {
	site: { id: 'metzmetzmetzmet', name: 'Metz', slug: 'metz' },
	publication: {
		id: 'pubpubpubpubpub',
		label: 'Octobre 2026',
		period_from: '2026-10-01',
		period_to: '2026-10-31',
		created: '2026-11-02 08:00:00.000Z',
		snapshot: snapshot()
	}
};
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('loadLobby', () => {
	it('keeps what the server gave, and shows it offline with the time it was fetched', async () => {
		const db = fresh();
		const online = await loadLobby(
			'metz',
			async () => data,
			db,
			() => 1000
		);
		expect(online).toMatchObject({
			fromCache: false,
			fetchedAt: 1000,
			publication: { id: 'pubpubpubpubpub' }
		});
		const later = await loadLobby('metz', offline, db, () => 5000);
		expect(later).toEqual({ ...data, fromCache: true, fetchedAt: 1000 });
	});

	it('keeps one copy per site', async () => {
		const db = fresh();
		await loadLobby('metz', async () => data, db);
		await expect(loadLobby('fort-de-france', offline, db)).rejects.toThrow('Failed to fetch');
	});

	it('never falls back to a copy for a site the server says does not exist', async () => {
		const db = fresh();
		await loadLobby('metz', async () => data, db);
		await expect(
			loadLobby('metz', () => Promise.reject(new UnknownSiteError('metz')), db)
		).rejects.toBeInstanceOf(UnknownSiteError);
	});
});
