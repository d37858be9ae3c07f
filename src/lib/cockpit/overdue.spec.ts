import { describe, expect, it } from 'vitest';
import { byUrgency, dueDay, isOverdue } from './overdue';

const TODAY = '2026-11-22';
const at = (day: string, status = 'open') => ({ due_date: day ? `${day} 00:00:00.000Z` : '', status });

describe('overdue actions', () => {
	it('are open or in progress with a due date before today', () => {
		expect(isOverdue(at('2026-11-21'), TODAY)).toBe(true);
		expect(isOverdue(at('2026-11-21', 'in_progress'), TODAY)).toBe(true);
		// Due today is not late yet.
		expect(isOverdue(at('2026-11-22'), TODAY)).toBe(false);
		expect(isOverdue(at('2026-12-01'), TODAY)).toBe(false);
	});

	it('exclude what is done, abandoned or undated', () => {
		expect(isOverdue(at('2026-01-01', 'done'), TODAY)).toBe(false);
		expect(isOverdue(at('2026-01-01', 'abandoned'), TODAY)).toBe(false);
		expect(isOverdue(at(''), TODAY)).toBe(false);
		expect(dueDay(at(''))).toBe('');
	});

	it('come first, then the nearest due dates, undated last', () => {
		const list = [at(''), at('2026-12-10'), at('2026-11-01', 'done'), at('2026-11-20'), at('2026-10-01')];
		expect(byUrgency(list, TODAY).map((a) => `${dueDay(a)}/${a.status}`)).toEqual([
			'2026-10-01/open',
			'2026-11-20/open',
			'2026-11-01/done',
			'2026-12-10/open',
			'/open'
		]);
	});
});
