// A stand-in for the SDK instance (./client) in the clients' specs, mocked at the module boundary:
//   vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));
// Each record call answers what the spec set for its collection, each `send` what it set for its path
// (a fresh copy each time); every call is recorded. Call reset() in beforeEach.

/** One call the client made: a collection's method (getFullList, create…) or `send` to a path. */
export interface Call {
	target: string;
	method: string;
	args: unknown[];
}

class FakePb {
	/** What each collection (by name) or route (by path) answers; a missing one rejects. */
	answers: Record<string, unknown> = {};
	calls: Call[] = [];
	authStore = { isValid: false, record: null as unknown };
	files = {
		getToken: () => Promise.resolve('file-token'),
		getURL: (record: { collectionId: string; id: string }, name: string) =>
			`/api/files/${record.collectionId}/${record.id}/${name}`
	};

	reset(): void {
		this.answers = {};
		this.calls = [];
		this.authStore = { isValid: false, record: null };
	}

	/** The options (the last argument) of the first call to `target`'s `method`. */
	optionsOf(target: string, method: string): Record<string, unknown> {
		const call = this.calls.find((c) => c.target === target && c.method === method);
		return (call?.args.at(-1) ?? {}) as Record<string, unknown>;
	}

	collection(name: string): Record<string, (...args: unknown[]) => Promise<unknown>> {
		return new Proxy(
			{},
			{
				get:
					(_, method) =>
					(...args: unknown[]) =>
						this.answer(name, String(method), args)
			}
		);
	}

	send(path: string, options?: unknown): Promise<unknown> {
		return this.answer(path, 'send', [options]);
	}

	filter(expr: string, params: Record<string, unknown>): string {
		return `${expr} ${JSON.stringify(params)}`;
	}

	private answer(target: string, method: string, args: unknown[]): Promise<unknown> {
		this.calls.push({ target, method, args });
		if (!(target in this.answers)) return Promise.reject(new Error(`No answer set for ${target}`));
		return Promise.resolve(structuredClone(this.answers[target]));
	}
}

export const fakePb = new FakePb();
