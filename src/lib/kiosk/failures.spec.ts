import { ClientResponseError } from 'pocketbase';
import { describe, expect, test } from 'vitest';
import { enrolFailure, surveyLoadFailure } from './failures';

const pbError = (status: number) => new ClientResponseError({ status, response: {} });

describe('enrolment failures', () => {
	test('an expired or spent code is a 400 or a 404', () => {
		expect(enrolFailure(pbError(400))).toBe('expired');
		expect(enrolFailure(pbError(404))).toBe('expired');
	});
	test('no connection', () => {
		expect(enrolFailure(pbError(0))).toBe('network');
		expect(enrolFailure(new TypeError('Failed to fetch'))).toBe('network');
	});
	test('anything else', () => {
		expect(enrolFailure(pbError(500))).toBe('other');
		expect(enrolFailure(pbError(429))).toBe('other');
		expect(enrolFailure(new Error('boom'))).toBe('other');
	});
});

describe('web survey load failures', () => {
	test('an unknown site or point', () => {
		expect(surveyLoadFailure(pbError(404), true)).toBe('unknown');
		expect(surveyLoadFailure(pbError(400), true)).toBe('unknown');
		expect(surveyLoadFailure(new Error('Unknown site'), true)).toBe('unknown');
	});
	test('the server cannot be reached and the device has no copy', () => {
		expect(surveyLoadFailure(new Error('Unknown site'), false)).toBe('unavailable');
		expect(surveyLoadFailure(pbError(0), true)).toBe('unavailable');
		expect(surveyLoadFailure(pbError(503), true)).toBe('unavailable');
		expect(surveyLoadFailure(pbError(429), true)).toBe('unavailable');
		expect(surveyLoadFailure(new TypeError('Failed to fetch'), true)).toBe('unavailable');
	});
});
