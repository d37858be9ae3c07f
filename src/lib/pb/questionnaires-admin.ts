// Questionnaire versions for the referent: the record API for drafts (an active or archived version is
// frozen by the collection's rules), the routes for a new version and for putting a draft in service.
import * as z from 'zod/mini';
import { QUESTIONNAIRE_STATUSES } from '$lib/domain/engagements';
import { fieldsOf, parseAnswer } from './answer';
import { readAll, readOne } from './records';
import { pb } from './client';

/** A text per language, French always present; every language kept (none is dropped on the way). */
const labelsSchema = z.catchall(z.object({ fr: z.string() }), z.string());
export type Labels = z.infer<typeof labelsSchema>;

const versionSchema = z.object({
	id: z.string(),
	code: z.string(),
	version: z.int(),
	status: z.enum(QUESTIONNAIRE_STATUSES),
	title: labelsSchema,
	/** The languages its title and every question are written in (the server computes them). */
	languages: z.array(z.string())
});

export type QuestionnaireVersion = z.infer<typeof versionSchema> & {
	/** Questions in this version (filled in by listVersions). */
	questions: number;
};

export const questionRecordSchema = z.object({
	id: z.string(),
	questionnaire: z.string(),
	engagement: z.string(),
	position: z.int(),
	label: labelsSchema
});
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

const questionOfSchema = z.object({ questionnaire: z.string() });
const newVersionSchema = z.object({ id: z.string(), version: z.int(), status: z.literal('draft') });
const activatedSchema = z.object({
	id: z.string(),
	version: z.int(),
	archived: z.array(z.string())
});

const options = { requestKey: null };
const QUESTION_FIELDS = fieldsOf(questionRecordSchema);

/** Every version of every questionnaire, by code then newest version first, with its question count. */
export async function listVersions(): Promise<QuestionnaireVersion[]> {
	const [versions, questions] = await Promise.all([
		readAll('questionnaires', versionSchema, { sort: 'code,-version' }),
		readAll('questions', questionOfSchema)
	]);
	const counts = new Map<string, number>();
	for (const q of questions) counts.set(q.questionnaire, (counts.get(q.questionnaire) ?? 0) + 1);
	return versions.map((v) => ({ ...v, questions: counts.get(v.id) ?? 0 }));
}

/** One version. */
export function getVersion(id: string): Promise<Omit<QuestionnaireVersion, 'questions'>> {
	return readOne('questionnaires', id, versionSchema);
}

/** Changes a draft's title (its languages follow, computed by the server). */
export async function updateTitle(id: string, title: Labels): Promise<void> {
	await pb.collection('questionnaires').update(id, { title }, { ...options, fields: 'id' });
}

/** The questions of a version, in order. */
export function questionsOf(questionnaire: string): Promise<QuestionRecord[]> {
	return readAll('questions', questionRecordSchema, {
		filter: pb.filter('questionnaire = {:q}', { q: questionnaire }),
		sort: 'position'
	});
}

/** A new draft copied from a version (or the existing draft of that questionnaire). */
export async function newVersion(id: string): Promise<z.infer<typeof newVersionSchema>> {
	const answer = await pb.send(`/api/qep/questionnaires/${encodeURIComponent(id)}/new-version`, {
		method: 'POST',
		...options
	});
	return parseAnswer(newVersionSchema, answer);
}

/** Puts a draft in service; the version it replaces is archived. */
export async function activate(id: string): Promise<z.infer<typeof activatedSchema>> {
	const answer = await pb.send(`/api/qep/questionnaires/${encodeURIComponent(id)}/activate`, {
		method: 'POST',
		...options
	});
	return parseAnswer(activatedSchema, answer);
}

/** Adds a question to a draft. */
export async function createQuestion(question: Omit<QuestionRecord, 'id'>): Promise<QuestionRecord> {
	return parseAnswer(
		questionRecordSchema,
		await pb.collection('questions').create(question, { ...options, fields: QUESTION_FIELDS })
	);
}

/** Changes a draft's question (engagement, labels). */
export async function updateQuestion(
	id: string,
	change: Partial<Pick<QuestionRecord, 'engagement' | 'label'>>
): Promise<QuestionRecord> {
	return parseAnswer(
		questionRecordSchema,
		await pb.collection('questions').update(id, change, { ...options, fields: QUESTION_FIELDS })
	);
}

/** Removes a question from a draft. */
export async function removeQuestion(id: string): Promise<void> {
	await pb.collection('questions').delete(id, options);
}

/** Moves questions: the updates in order, in one transaction (the batch API). */
export async function applyPositions(updates: readonly { id: string; position: number }[]): Promise<void> {
	if (updates.length === 0) return;
	const batch = pb.createBatch();
	for (const u of updates) batch.collection('questions').update(u.id, { position: u.position });
	await batch.send(options);
}
