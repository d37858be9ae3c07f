// Records read through the SDK, with exactly the fields their schema reads, parsed with it (answer.ts).
import type { RecordFullListOptions, RecordOptions } from 'pocketbase';
import type * as z from 'zod/mini';
import { fieldsOf, listOf, parseAnswer } from './answer';
import { pb } from './client';

/**
 * Every record of `collection` that `query` selects (filter, sort, expand), with the fields `schema` reads,
 * parsed with it; throws the SDK error or UnexpectedAnswer. No auto-cancellation: loads run in parallel.
 */
export async function readAll<S extends z.core.$ZodObject>(
	collection: string,
	schema: S,
	query: Omit<RecordFullListOptions, 'fields'> = {}
): Promise<z.infer<S>[]> {
	const items = await pb
		.collection(collection)
		.getFullList({ requestKey: null, ...query, fields: fieldsOf(schema) });
	return listOf(schema, items);
}

/** One record of `collection`, with the fields `schema` reads, parsed with it. */
export async function readOne<S extends z.core.$ZodObject>(
	collection: string,
	id: string,
	schema: S,
	query: Omit<RecordOptions, 'fields'> = {}
): Promise<z.infer<S>> {
	const record = await pb
		.collection(collection)
		.getOne(id, { requestKey: null, ...query, fields: fieldsOf(schema) });
	return parseAnswer(schema, record);
}
