// What the citizen is typing into the complaint form, and the submission it makes.
import type { StoredFile } from '$lib/db/database';
import type { ComplaintSubmission, ComplaintSubmissionKind } from '$lib/domain/complaint-submission';
import type { Language } from '$lib/domain/fields';

/** Where and how the complaint is made: from the page (web) or the kiosk, in the visitor's language. */
export interface SubmissionContext {
	channel: 'web' | 'kiosk';
	language: Language;
	trackingToken: string;
	now: Date;
}

/** The form's fields, in form order (for the error summary). */
export const COMPLAINT_FIELDS = [
	'kind',
	'site',
	'reception_point',
	'service',
	'engagement',
	'subject',
	'description',
	'contact_name',
	'contact_email',
	'contact_address',
	'contact_phone',
	'attachments'
] as const;

export class ComplaintDraft {
	kind = $state<ComplaintSubmissionKind | ''>('');
	site = $state('');
	reception_point = $state('');
	engagement = $state('');
	service = $state('');
	subject = $state('');
	description = $state('');
	contact_name = $state('');
	contact_email = $state('');
	contact_address = $state('');
	contact_phone = $state('');
	/** The honeypot: people leave it empty. */
	nickname = $state('');
	files = $state.raw<File[]>([]);

	constructor(initial: Partial<Pick<ComplaintDraft, 'site' | 'reception_point'>> = {}) {
		this.site = initial.site ?? '';
		this.reception_point = initial.reception_point ?? '';
	}

	/** Empties the form for another request; the site and reception point stay chosen. */
	clear(): void {
		this.kind = '';
		this.engagement = '';
		this.service = '';
		this.subject = '';
		this.description = '';
		this.contact_name = '';
		this.contact_email = '';
		this.contact_address = '';
		this.contact_phone = '';
		this.nickname = '';
		this.files = [];
	}

	/** The submission, unchecked (the schema checks it); text is trimmed by the schema. */
	toSubmission(context: SubmissionContext): ComplaintSubmission {
		return {
			kind: this.kind as ComplaintSubmissionKind,
			channel: context.channel,
			site: this.site,
			reception_point: this.reception_point,
			engagement: this.engagement,
			service: this.service,
			subject: this.subject,
			description: this.description,
			contact_name: this.contact_name,
			contact_email: this.contact_email.trim(),
			contact_address: this.contact_address,
			contact_phone: this.contact_phone.trim(),
			language: context.language,
			tracking_token: context.trackingToken,
			submitted_at: context.now.toISOString(),
			nickname: this.nickname as ''
		};
	}

	/** The chosen files as the outbox keeps them. */
	storedFiles(): StoredFile[] {
		return this.files.map((file) => ({ name: file.name, type: file.type, size: file.size, blob: file }));
	}

	/** Puts a refused submission back into the form, for the citizen to correct it. */
	restore(data: ComplaintSubmission): void {
		this.kind = data.kind;
		this.site = data.site;
		this.reception_point = data.reception_point;
		this.engagement = data.engagement;
		this.service = data.service;
		this.subject = data.subject;
		this.description = data.description;
		this.contact_name = data.contact_name;
		this.contact_email = data.contact_email;
		this.contact_address = data.contact_address;
		this.contact_phone = data.contact_phone;
	}
}
