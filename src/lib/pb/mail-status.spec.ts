import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import { mailConfigured } from './mail-status';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

beforeEach(() => fakePb.reset());

describe('the mail status client', () => {
	it('reads whether SMTP is configured', async () => {
		fakePb.answers['/api/qep/mail-status'] = { configured: true };
		expect(await mailConfigured()).toBe(true);
	});

	it('rejects an answer that does not say it', async () => {
		fakePb.answers['/api/qep/mail-status'] = { configured: 'yes' };
		await expect(mailConfigured()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
