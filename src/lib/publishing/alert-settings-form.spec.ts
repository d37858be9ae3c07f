import { describe, expect, it } from 'vitest';
import { alertSettingsChange, alertSettingsDraft } from './alert-settings-form';

const stored = { alert_window: 'days' as const, alert_window_size: 14, alert_notify_agents: false };

describe('the alert settings form', () => {
	it('starts from the stored settings and saves what was typed, as numbers', () => {
		const draft = alertSettingsDraft(stored);
		expect(draft).toEqual({ alert_window: 'days', alert_window_size: '14', alert_notify_agents: false });
		expect(
			alertSettingsChange({
				...draft,
				alert_window: 'answers',
				alert_window_size: ' 60 ',
				alert_notify_agents: true
			})
		).toEqual({ values: { alert_window: 'answers', alert_window_size: 60, alert_notify_agents: true } });
	});

	it('refuses a size that is missing, not a whole number, or out of 1–1000', () => {
		const draft = alertSettingsDraft(stored);
		expect(alertSettingsChange({ ...draft, alert_window_size: ' ' })).toEqual({ error: 'required' });
		expect(alertSettingsChange({ ...draft, alert_window_size: '14,5' })).toEqual({ error: 'number' });
		expect(alertSettingsChange({ ...draft, alert_window_size: '-3' })).toEqual({ error: 'number' });
		expect(alertSettingsChange({ ...draft, alert_window_size: '0' })).toEqual({ error: 'range' });
		expect(alertSettingsChange({ ...draft, alert_window_size: '1001' })).toEqual({ error: 'range' });
		expect(alertSettingsChange({ ...draft, alert_window_size: '1000' })).toMatchObject({
			values: { alert_window_size: 1000 }
		});
	});
});
