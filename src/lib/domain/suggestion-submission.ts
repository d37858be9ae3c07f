// What a device sends for a suggestion (POST /api/qep/complaints, type `suggestion`); no receipt comes back.
import * as z from 'zod/mini';
import { DEVICE_CHANNELS } from './complaint-submission';
import { dayCode, email, idCode, optionalIdCode, trimmed } from './submission-fields';

export const SUGGESTION_LIMITS = { text: { min: 3, max: 2000 } } as const;

export const suggestionSubmissionSchema = z.object({
	channel: z.enum(DEVICE_CHANNELS, { error: 'invalid' }),
	site: idCode(),
	reception_point: optionalIdCode(),
	text: trimmed(SUGGESTION_LIMITS.text.min, SUGGESTION_LIMITS.text.max),
	email: email(),
	day: dayCode(),
	nickname: z.literal('', { error: 'spam' })
});
export type SuggestionSubmission = z.infer<typeof suggestionSubmissionSchema>;
