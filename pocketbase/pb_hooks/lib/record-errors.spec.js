import { describe, expect, it } from 'vitest';
import { fromRecordErrors } from './record-errors.js';

describe('fromRecordErrors', () => {
	it('maps PocketBase codes to the contract’s, anything else to invalid', () => {
		expect(
			fromRecordErrors({
				attachments: { code: 'validation_file_size_limit' },
				description: { code: 'validation_max_text_constraint' },
				contact_email: { code: 'validation_is_email' }
			})
		).toEqual({ attachments: 'file_too_large', description: 'too_long', contact_email: 'invalid' });
		expect(fromRecordErrors({ attachments: { code: 'validation_invalid_mime_type' } })).toEqual({
			attachments: 'file_type'
		});
		expect(fromRecordErrors({ id: { code: 'validation_not_unique' } })).toEqual({ id: 'duplicate' });
		expect(fromRecordErrors({ tracking_token_hash: { code: 'validation_not_unique' } })).toEqual({
			tracking_token: 'invalid'
		});
	});

	it('is null without field errors', () => {
		expect(fromRecordErrors({})).toBeNull();
		expect(fromRecordErrors(undefined)).toBeNull();
	});
});
