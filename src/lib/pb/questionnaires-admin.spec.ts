import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as questionnaires from './questionnaires-admin';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const version = {
	id: 'quest0000000001',
	code: 'accueil',
	version: 2,
	status: 'draft',
	title: { fr: 'Accueil' },
	languages: ['fr', 'en']
};
const question = {
	id: 'qstn00000000001',
	questionnaire: version.id,
	engagement: 'eng000000000001',
	position: 1,
	label: { fr: 'Avez-vous été bien accueilli ?', en: 'Were you welcomed?' }
};

beforeEach(() => fakePb.reset());

describe('the questionnaires client', () => {
	it('parses the versions with their question counts', async () => {
		fakePb.answers.questionnaires = [version];
		fakePb.answers.questions = [{ questionnaire: version.id }, { questionnaire: version.id }];
		expect(await questionnaires.listVersions()).toEqual([{ ...version, questions: 2 }]);
		expect(fakePb.optionsOf('questionnaires', 'getFullList').fields).toBe(
			'id,code,version,status,title,languages'
		);
	});

	it('parses a saved question and the routes’ answers', async () => {
		fakePb.answers.questions = question;
		expect(await questionnaires.updateQuestion(question.id, { label: question.label })).toEqual(question);
		expect(fakePb.optionsOf('questions', 'update').fields).toBe('id,questionnaire,engagement,position,label');
		fakePb.answers[`/api/qep/questionnaires/${version.id}/activate`] = {
			id: version.id,
			version: 2,
			archived: []
		};
		expect(await questionnaires.activate(version.id)).toEqual({ id: version.id, version: 2, archived: [] });
	});

	it('keeps every language of a label and of a title, and sends a title as it is', async () => {
		const label = { fr: 'Accueil ?', tr: 'Karşılama?', ar: 'الاستقبال؟', zh: '接待？' };
		fakePb.answers.questions = { ...question, label };
		expect((await questionnaires.updateQuestion(question.id, { label })).label).toEqual(label);
		fakePb.answers.questionnaires = { ...version, title: { fr: 'Accueil', uk: 'Прийом' } };
		expect((await questionnaires.getVersion(version.id)).title).toEqual({ fr: 'Accueil', uk: 'Прийом' });
		fakePb.answers.questionnaires = { id: version.id };
		await questionnaires.updateTitle(version.id, { fr: 'Accueil', ro: 'Primire' });
		const call = fakePb.calls.find((c) => c.target === 'questionnaires' && c.method === 'update');
		expect(call?.args.slice(0, 2)).toEqual([version.id, { title: { fr: 'Accueil', ro: 'Primire' } }]);
	});

	it('rejects a version of an unknown status and a route answer without its version', async () => {
		fakePb.answers.questionnaires = { ...version, status: 'published' };
		await expect(questionnaires.getVersion(version.id)).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers[`/api/qep/questionnaires/${version.id}/new-version`] = { id: version.id, status: 'draft' };
		await expect(questionnaires.newVersion(version.id)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
