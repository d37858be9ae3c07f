// For specs of what moves focus: a document whose every element, found by id, records being focused.
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Call it in a spec file or a `describe`: each test of it gets a stubbed `document`, and the returned list
 * holds the ids focused during the test, in order.
 */
export function recordFocus(): string[] {
	const focused: string[] = [];
	beforeEach(() => {
		focused.length = 0;
		vi.stubGlobal('document', { getElementById: (id: string) => ({ focus: () => focused.push(id) }) });
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});
	return focused;
}
