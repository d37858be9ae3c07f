import { ClientResponseError } from 'pocketbase';
import type PocketBase from 'pocketbase';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '$lib/db/database';
import { complaint, suggestion, survey } from '$lib/test/fake-server';
import { pocketBaseTransport, requestFor } from './transport';

const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
const withFile: OutboxItem = {
	id: 'complaint000001',
	type: 'complaint',
	data: complaint(),
	files: [
		{ name: 'lettre.pdf', type: 'application/pdf', size: blob.size, blob },
		{ name: 'photo.png', type: 'image/png', size: 3, blob: new Blob(['png'], { type: 'image/png' }) }
	]
};

describe('requestFor', () => {
	it('sends surveys to the ingest route with the kiosk’s health', () => {
		const health = { pending: 1, persisted: true, appVersion: 'test' };
		const items: OutboxItem[] = [{ id: 'survey000000001', type: 'survey_response', data: survey() }];
		expect(requestFor(items, health)).toEqual({ path: '/api/qep/ingest', body: { items, health } });
	});

	it('sends complaints and suggestions without files as JSON to the complaints route', () => {
		const items: OutboxItem[] = [
			{ id: 'complaint000001', type: 'complaint', data: complaint(), files: [] },
			{ id: 'suggestion00001', type: 'suggestion', data: suggestion() }
		];
		expect(requestFor(items)).toEqual({
			path: '/api/qep/complaints',
			body: { items: items.map(({ id, type, data }) => ({ id, type, data })) }
		});
	});

	it('sends a complaint with files as multipart: the item in `payload`, the files in `attachments`', async () => {
		const { path, body } = requestFor([withFile]);
		expect(path).toBe('/api/qep/complaints');
		expect(body).toBeInstanceOf(FormData);
		const form = body as FormData;
		expect(JSON.parse(form.get('payload') as string)).toEqual({
			items: [{ id: withFile.id, type: 'complaint', data: withFile.data }]
		});
		const files = form.getAll('attachments') as File[];
		expect(files.map((f) => [f.name, f.type])).toEqual([
			['lettre.pdf', 'application/pdf'],
			['photo.png', 'image/png']
		]);
		expect(await files[0]!.text()).toBe('%PDF-1.4');
	});
});

describe('pocketBaseTransport', () => {
	const client = (answer: () => unknown) =>
		({
			send: async (path: string, options: { body: unknown }) => {
				calls.push([path, options.body]);
				return answer();
			}
		}) as unknown as PocketBase;
	const calls: Array<[string, unknown]> = [];

	it('returns the verdicts with their receipts', async () => {
		const receipt = {
			reference: '2026-R-000007',
			kind: 'complaint',
			received_at: '2026-11-23T09:00:00.000Z',
			deadline_at: '2026-12-14T22:59:59.999Z',
			ack: 'failed'
		};
		const transport = pocketBaseTransport(
			client(() => ({ results: [{ id: withFile.id, status: 'duplicate', receipt }] }))
		);
		expect(await transport.send([withFile])).toEqual([{ id: withFile.id, status: 'duplicate', receipt }]);
		expect(calls.at(-1)![0]).toBe('/api/qep/complaints');
	});

	it('a malformed answer or an SDK error becomes a SyncFailure, the items stay', async () => {
		await expect(pocketBaseTransport(client(() => ({ nope: true }))).send([withFile])).rejects.toMatchObject({
			name: 'SyncFailure',
			kind: 'server'
		});
		const down = client(() => {
			throw new ClientResponseError({ status: 0 });
		});
		await expect(pocketBaseTransport(down).send([withFile])).rejects.toMatchObject({ kind: 'network' });
	});
});
