// Test data factories: a small prefecture with two sites, its people and one record of every kind,
// created through the API as a superuser, plus an SDK client signed in for each role.
import PocketBase, { type RecordModel } from 'pocketbase';

let counter = 0;
/** A value no other test used. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A client signed in as a PocketBase superuser: with the token signed in once for the whole run when
 * there is one (sign-ins are rate-limited per address), else with the password.
 */
export async function superClient(
	url: string,
	superuser: { email: string; password: string; token?: string }
) {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	if (superuser.token) pb.authStore.save(superuser.token, null);
	else await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
	return pb;
}

export const ROLES = ['anonymous', 'kiosk', 'otherAgent', 'agent', 'referent', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const siteData = () => ({
	name: unique('Site'),
	slug: unique('site'),
	department_code: '25',
	zone: 'metropole',
	time_zone: 'Europe/Paris',
	active: true
});

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Creates two sites and everything that hangs off site A, and one client per role. */
export async function createWorld(su: PocketBase) {
	const create = (collection: string, data: Record<string, unknown>) =>
		su.collection(collection).create(data);
	const siteA = await create('sites', siteData());
	const siteB = await create('sites', siteData());
	const pointA = await create('reception_points', {
		site: siteA.id,
		name: 'Accueil général',
		slug: unique('accueil'),
		kind: 'accueil_general',
		active: true
	});
	const engagement = await su.collection('engagements').getFirstListItem('number = 2');
	const questionnaireData = (status: string) => ({
		code: unique('q'),
		version: 1,
		status,
		title: { fr: 'Votre avis', en: 'Your opinion' },
		languages: ['fr', 'en']
	});
	const questionnaire = await create('questionnaires', questionnaireData('active'));
	const question = await create('questions', {
		questionnaire: questionnaire.id,
		engagement: engagement.id,
		position: 1,
		label: { fr: 'Êtes-vous satisfait ?', en: 'Are you satisfied?' }
	});
	const staffData = (role: string, sites: string[]) => ({
		email: `${unique(role)}@tests.invalid`,
		password: 'password-0000',
		passwordConfirm: 'password-0000',
		name: `Test ${role}`,
		role,
		sites,
		verified: true
	});
	const people = {
		agent: await create('staff', staffData('agent', [siteA.id])),
		otherAgent: await create('staff', staffData('agent', [siteB.id])),
		referent: await create('staff', staffData('referent', [])),
		admin: await create('staff', staffData('admin', []))
	};
	const kioskData = () => ({
		name: unique('Borne'),
		site: siteA.id,
		reception_point: pointA.id,
		languages: ['fr', 'en'],
		status: 'active',
		password: 'kiosk-password-0',
		passwordConfirm: 'kiosk-password-0'
	});
	const kiosk = await create('kiosks', kioskData());

	const responseData = (channel: string) => ({
		questionnaire: questionnaire.id,
		site: siteA.id,
		reception_point: pointA.id,
		channel,
		language: 'fr',
		day: today()
	});
	const suggestionData = (channel: string) => ({
		site: siteA.id,
		channel,
		text: 'Plus de chaises.',
		day: today()
	});
	const complaintData = (channel: string) => ({
		kind: 'complaint',
		channel,
		site: siteA.id,
		subject: 'Attente trop longue',
		description: 'J’ai attendu deux heures au guichet.',
		contact_name: 'Camille Martin',
		contact_email: 'camille@example.org'
	});
	const response = await create('survey_responses', responseData('web'));
	const answerData = () => ({
		response: response.id,
		question: question.id,
		engagement: engagement.id,
		questionnaire: questionnaire.id,
		site: siteA.id,
		channel: 'web',
		day: today(),
		value: 'satisfied'
	});
	const complaint = await create('complaints', complaintData('web'));

	const impersonate = async (collection: string, record: RecordModel) => {
		const client = await su.collection(collection).impersonate(record.id, 3600);
		client.autoCancellation(false);
		return client;
	};
	const anonymous = new PocketBase(su.baseURL);
	anonymous.autoCancellation(false);
	const clients: Record<Role, PocketBase> = {
		anonymous,
		kiosk: await impersonate('kiosks', kiosk),
		otherAgent: await impersonate('staff', people.otherAgent),
		agent: await impersonate('staff', people.agent),
		referent: await impersonate('staff', people.referent),
		admin: await impersonate('staff', people.admin)
	};

	return {
		su,
		clients,
		siteA,
		siteB,
		pointA,
		engagement,
		questionnaire,
		question,
		people,
		kiosk,
		complaint,
		make: {
			site: siteData,
			questionnaire: questionnaireData,
			staff: staffData,
			kiosk: kioskData,
			response: responseData,
			answer: answerData,
			suggestion: suggestionData,
			complaint: complaintData
		}
	};
}
