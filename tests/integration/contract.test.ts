// The zod schemas in src/lib/domain and the collections the migrations create describe the same records:
// same field names, types, required flags, select values, relations and limits.
import type { CollectionField, CollectionModel } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod/mini';
import { collectionSchemas } from '../../src/lib/domain/collections';
import { superClient } from '../support/world';

type JsonSchema = {
	type?: string;
	format?: string;
	pattern?: string;
	enum?: string[];
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	maxItems?: number;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	const?: unknown;
	pb?: string;
	collection?: string;
	maxSize?: number;
	mimeTypes?: string[];
};

/** What a field means, in terms both sides can state. */
interface Shape {
	type: string;
	required: boolean;
	min?: number;
	max?: number;
	pattern?: string;
	values?: string[];
	maxSelect?: number;
	collection?: string;
	maxSize?: number;
	mimeTypes?: string[];
}

/** The non-empty alternative of `x | ''`, which is how optional values look in PocketBase. */
function nonEmpty(schema: JsonSchema): JsonSchema {
	if (!schema.anyOf) return schema;
	const rest = schema.anyOf.filter((s) => s.const !== '');
	return { ...rest[0], pb: schema.pb, collection: schema.collection };
}

function fromZod(schema: JsonSchema, required: boolean): Shape {
	const s = nonEmpty(schema);
	if (s.pb === 'relation') {
		const many = s.type === 'array';
		return { type: 'relation', required, collection: s.collection, maxSelect: many ? s.maxItems : 1 };
	}
	if (s.pb === 'json') return { type: 'json', required };
	if (s.pb === 'file')
		return { type: 'file', required, maxSelect: s.maxItems, maxSize: s.maxSize, mimeTypes: s.mimeTypes };
	if (s.pb === 'date') return { type: 'date', required };
	if (s.format === 'email') return { type: 'email', required };
	if (s.type === 'boolean') return { type: 'bool', required };
	if (s.type === 'integer' || s.type === 'number')
		return { type: s.type === 'integer' ? 'int' : 'number', required, min: s.minimum, max: s.maximum };
	if (s.enum) return { type: 'select', required, values: s.enum, maxSelect: 1 };
	if (s.type === 'array' && s.items?.enum)
		return { type: 'select', required, values: s.items.enum, maxSelect: s.maxItems };
	if (s.type === 'string')
		return { type: 'text', required, min: s.minLength, max: s.maxLength, pattern: s.pattern };
	throw new Error(`No PocketBase equivalent for ${JSON.stringify(schema)}`);
}

function fromPocketBase(field: CollectionField, byId: Map<string, string>): Shape {
	const required = Boolean(field.required);
	switch (field.type) {
		case 'relation':
			return {
				type: 'relation',
				required,
				collection: byId.get(field.collectionId),
				maxSelect: field.maxSelect
			};
		case 'number':
			return {
				type: field.onlyInt ? 'int' : 'number',
				required,
				min: field.min ?? undefined,
				max: field.max ?? undefined
			};
		case 'select':
			return { type: 'select', required, values: field.values, maxSelect: field.maxSelect };
		case 'file':
			return {
				type: 'file',
				required,
				maxSelect: field.maxSelect,
				maxSize: field.maxSize,
				mimeTypes: field.mimeTypes
			};
		case 'text':
			return {
				type: 'text',
				required,
				// PocketBase's "required" means non-empty: at least one character.
				min: field.min || (required ? 1 : undefined),
				max: field.max,
				pattern: field.pattern || undefined
			};
		default:
			return { type: field.type, required };
	}
}

const drop = (shape: Shape) => JSON.parse(JSON.stringify(shape)) as Shape;

describe('zod schemas and PocketBase collections agree', () => {
	let collections: Map<string, CollectionModel>;
	let byId: Map<string, string>;
	beforeAll(async () => {
		const su = await superClient(inject('pbUrl'), inject('superuser'));
		const list = await su.collections.getFullList();
		collections = new Map(list.map((c) => [c.name, c]));
		byId = new Map(list.map((c) => [c.id, c.name]));
	});

	for (const [name, schema] of Object.entries(collectionSchemas)) {
		it(name, () => {
			const collection = collections.get(name);
			expect(collection, `collection ${name} exists`).toBeDefined();
			const json = z.toJSONSchema(schema, { io: 'input' }) as {
				properties: Record<string, JsonSchema>;
				required?: string[];
			};
			const requiredInZod = new Set(json.required ?? []);
			const pbFields = collection!.fields.filter((f) => !f.system && f.type !== 'autodate');

			expect(Object.keys(json.properties).sort()).toEqual(pbFields.map((f) => f.name).sort());
			for (const field of pbFields) {
				const zodShape = drop(fromZod(json.properties[field.name]!, requiredInZod.has(field.name)));
				const pbShape = drop(fromPocketBase(field, byId));
				expect(zodShape, `${name}.${field.name}`).toEqual(pbShape);
			}
		});
	}
});
