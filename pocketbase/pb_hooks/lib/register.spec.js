import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CATEGORIES, FIELDS, classify } from './register.js';

const shownCategories = (collection) =>
	[...new Set(Object.values(FIELDS[collection]))].filter((category) => CATEGORIES[category].shown);

describe('the classification', () => {
	it('puts every field in a known category', () => {
		for (const [collection, fields] of Object.entries(FIELDS))
			for (const [field, category] of Object.entries(fields))
				expect(CATEGORIES, `${collection}.${field}`).toHaveProperty(category);
	});

	it('answers null for what it does not know, inherited names included', () => {
		expect(classify('complaints', 'contact_email')).toBe('contact');
		expect(classify('complaints', 'favourite_colour')).toBeNull();
		expect(classify('nothing', 'id')).toBeNull();
		expect(classify('complaints', '__proto__')).toBeNull();
		expect(classify('__proto__', 'constructor')).toBeNull();
		expect(classify('complaints', 'toString')).toBeNull();
	});

	it('keeps survey rows anonymous: only the comment is free text, nothing names a person', () => {
		expect(shownCategories('survey_responses').sort()).toEqual(['answers', 'free_text']);
		expect(shownCategories('survey_answers')).toEqual(['answers']);
	});
});

describe('the activities', () => {
	it('cover every collection that holds data about people', () => {
		const covered = new Set(ACTIVITIES.flatMap((a) => Object.keys(a.sources)));
		const personal = Object.keys(FIELDS).filter((collection) => shownCategories(collection).length > 0);
		expect(personal.filter((collection) => !covered.has(collection))).toEqual([]);
	});

	it('give a retention to every category they show', () => {
		for (const activity of ACTIVITIES) {
			const shown = Object.entries(activity.sources).flatMap(([collection, { categories }]) =>
				shownCategories(collection).filter((c) => !categories || categories.includes(c))
			);
			if (activity.logs) shown.push('connection');
			for (const category of shown)
				expect(activity.retention, `${activity.key}: ${category}`).toHaveProperty(category);
		}
	});

	it('say who, why and how for each one', () => {
		for (const activity of ACTIVITIES) {
			expect(activity.legalBases.length, activity.key).toBeGreaterThan(0);
			expect(activity.people.length, activity.key).toBeGreaterThan(0);
			expect(activity.recipients.length, activity.key).toBeGreaterThan(0);
			expect(activity.measures, activity.key).toContain('tls');
		}
		expect(ACTIVITIES.map((a) => a.key)).toEqual(['surveys', 'complaints', 'suggestions', 'staff', 'logs']);
	});
});
