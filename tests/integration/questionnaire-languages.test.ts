// A questionnaire's languages are the ones its title and every question are written in, whatever a
// request claims: the server recomputes them when the questionnaire or one of its questions is saved
// (pocketbase/pb_hooks/18_questionnaires.pb.js). A kiosk offers only those.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorld, superClient, unique, type World } from '../support/world';

const ALL = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'];

let su: PocketBase;
let w: World;
let draft: string;

const languagesOf = async (id: string) =>
	(await su.collection('questionnaires').getOne<{ languages: string[] }>(id)).languages;

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
	draft = (
		await w.clients.referent.send<{ id: string }>(
			`/api/qep/questionnaires/${w.questionnaire.id}/new-version`,
			{
				method: 'POST'
			}
		)
	).id;
});

describe('a questionnaire’s languages', () => {
	it('are those its title and every question are written in, French always', async () => {
		// The world's questionnaire and question are in French and English.
		expect(await languagesOf(w.questionnaire.id)).toEqual(['fr', 'en']);
		expect(await languagesOf(draft)).toEqual(['fr', 'en']);
	});

	it('cannot be claimed by a request: the server recomputes them', async () => {
		const referent = w.clients.referent;
		await referent.collection('questionnaires').update(draft, { languages: ALL });
		expect(await languagesOf(draft)).toEqual(['fr', 'en']);
		const created = await referent.collection('questionnaires').create({
			code: unique('forged'),
			version: 1,
			status: 'draft',
			title: { fr: 'Seulement en français' },
			languages: ALL
		});
		expect(created.languages).toEqual(['fr']);
	});

	it('follow the questions: a translation added, a question without it, that question removed', async () => {
		const referent = w.clients.referent;
		const [question] = await su
			.collection('questions')
			.getFullList<{ id: string; label: Record<string, string> }>({ filter: `questionnaire = "${draft}"` });
		await referent.collection('questionnaires').update(draft, {
			title: { fr: 'Votre avis', en: 'Your opinion', tr: 'Görüşünüz' }
		});
		// The title alone is not enough: the question lacks Turkish.
		expect(await languagesOf(draft)).toEqual(['fr', 'en']);
		await referent
			.collection('questions')
			.update(question!.id, { label: { ...question!.label, tr: 'Memnun musunuz?' } });
		expect(await languagesOf(draft)).toEqual(['fr', 'en', 'tr']);

		const second = await referent.collection('questions').create({
			questionnaire: draft,
			engagement: w.engagement.id,
			position: 2,
			label: { fr: 'Avez-vous attendu ?', tr: 'Beklediniz mi?' }
		});
		expect(await languagesOf(draft)).toEqual(['fr', 'tr']);
		await referent.collection('questions').delete(second.id);
		expect(await languagesOf(draft)).toEqual(['fr', 'en', 'tr']);
	});

	it('of the version in service do not move while a draft is edited', async () => {
		expect(await languagesOf(w.questionnaire.id)).toEqual(['fr', 'en']);
	});
});
