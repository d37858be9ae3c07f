// Questionnaire versions for the referent: the record API for drafts (an active or archived version is
// frozen by the collection's rules), the routes for a new version and for putting a draft in service.
import { pb } from './client';

/** A label per language, French always present. */
export type Labels = { fr: string; en?: string };

export interface QuestionnaireVersion {
	id: string;
	code: string;
	version: number;
	status: 'draft' | 'active' | 'archived';
	title: Record<string, string>;
	languages: string[];
	/** Questions in this version (filled in by listVersions). */
	questions: number;
}

export interface QuestionRecord {
	id: string;
	questionnaire: string;
	engagement: string;
	position: number;
	label: Labels;
}

const options = { requestKey: null };

/** Every version of every questionnaire, by code then newest version first, with its question count. */
export async function listVersions(): Promise<QuestionnaireVersion[]> {
	const [versions, questions] = await Promise.all([
		pb.collection('questionnaires').getFullList<Omit<QuestionnaireVersion, 'questions'>>({
			...options,
			sort: 'code,-version',
			fields: 'id,code,version,status,title,languages'
		}),
		pb.collection('questions').getFullList<{ questionnaire: string }>({ ...options, fields: 'questionnaire' })
	]);
	const counts = new Map<string, number>();
	for (const q of questions) counts.set(q.questionnaire, (counts.get(q.questionnaire) ?? 0) + 1);
	return versions.map((v) => ({ ...v, questions: counts.get(v.id) ?? 0 }));
}

/** One version. */
export function getVersion(id: string): Promise<Omit<QuestionnaireVersion, 'questions'>> {
	return pb
		.collection('questionnaires')
		.getOne(id, { ...options, fields: 'id,code,version,status,title,languages' });
}

/** The questions of a version, in order. */
export function questionsOf(questionnaire: string): Promise<QuestionRecord[]> {
	return pb.collection('questions').getFullList<QuestionRecord>({
		...options,
		filter: pb.filter('questionnaire = {:q}', { q: questionnaire }),
		sort: 'position',
		fields: 'id,questionnaire,engagement,position,label'
	});
}

/** A new draft copied from a version (or the existing draft of that questionnaire). */
export function newVersion(id: string): Promise<{ id: string; version: number; status: 'draft' }> {
	return pb.send(`/api/qep/questionnaires/${encodeURIComponent(id)}/new-version`, {
		method: 'POST',
		...options
	});
}

/** Puts a draft in service; the version it replaces is archived. */
export function activate(id: string): Promise<{ id: string; version: number; archived: string[] }> {
	return pb.send(`/api/qep/questionnaires/${encodeURIComponent(id)}/activate`, {
		method: 'POST',
		...options
	});
}

/** Adds a question to a draft. */
export function createQuestion(question: Omit<QuestionRecord, 'id'>): Promise<QuestionRecord> {
	return pb.collection('questions').create<QuestionRecord>(question, options);
}

/** Changes a draft's question (engagement, labels). */
export function updateQuestion(
	id: string,
	change: Partial<Pick<QuestionRecord, 'engagement' | 'label'>>
): Promise<QuestionRecord> {
	return pb.collection('questions').update<QuestionRecord>(id, change, options);
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
