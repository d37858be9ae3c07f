// The threshold alerts' settings form: the window's kind (the last days, or the most recent answers), its
// size as typed, and whether the site's agents receive the e-mails. Checks mirror the policy collection's
// limits. Pure.
import type { AlertWindow } from '$lib/domain/policy';

/** As the policy collection bounds it. */
export const WINDOW_SIZE = { min: 1, max: 1000 } as const;

export interface AlertSettingsDraft {
	alert_window: AlertWindow;
	alert_window_size: string;
	alert_notify_agents: boolean;
}

export type WindowSizeError = 'required' | 'number' | 'range';

/** The form's starting values. */
export function alertSettingsDraft(settings: {
	alert_window: AlertWindow;
	alert_window_size: number;
	alert_notify_agents?: boolean;
}): AlertSettingsDraft {
	return {
		alert_window: settings.alert_window,
		alert_window_size: String(settings.alert_window_size),
		alert_notify_agents: settings.alert_notify_agents ?? false
	};
}

/** The values to save, or the window size's error code. */
export function alertSettingsChange(
	draft: AlertSettingsDraft
):
	| { values: { alert_window: AlertWindow; alert_window_size: number; alert_notify_agents: boolean } }
	| { error: WindowSizeError } {
	const text = draft.alert_window_size.trim();
	if (!text) return { error: 'required' };
	if (!/^\d+$/.test(text)) return { error: 'number' };
	const size = Number(text);
	if (size < WINDOW_SIZE.min || size > WINDOW_SIZE.max) return { error: 'range' };
	return {
		values: {
			alert_window: draft.alert_window,
			alert_window_size: size,
			alert_notify_agents: draft.alert_notify_agents
		}
	};
}
