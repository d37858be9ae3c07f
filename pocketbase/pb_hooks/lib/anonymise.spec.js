import { describe, expect, it } from 'vitest';
import { MENTION, anonymisedEvent } from './anonymise.js';

describe('MENTION', () => {
	it('fits the complaint fields it replaces (subject ≥ 3, text ≥ 10, name ≥ 2 characters)', () => {
		expect(MENTION.subject.length).toBeGreaterThanOrEqual(3);
		expect(MENTION.text.length).toBeGreaterThanOrEqual(10);
		expect(MENTION.name.length).toBeGreaterThanOrEqual(2);
	});
});

describe('anonymisedEvent', () => {
	it('says who decided and how many files went, and nothing it was not given', () => {
		expect(anonymisedEvent({ by: 'retention', retentionMonths: 36 }, 2)).toEqual({
			by: 'retention',
			retention_months: 36,
			files: 2
		});
		expect(anonymisedEvent({ by: 'request', reason: 'Demande écrite du 3 mars', actor: 'x' }, 0)).toEqual({
			by: 'request',
			reason: 'Demande écrite du 3 mars',
			files: 0
		});
		expect(anonymisedEvent({ by: 'citizen' }, 1)).toEqual({ by: 'citizen', files: 1 });
	});
});
