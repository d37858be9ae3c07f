// The channel's name as staff read it.
import type { SUBMISSION_CHANNELS } from '$lib/domain/complaint-submission';
import { m } from '$lib/paraglide/messages.js';

export const CHANNEL_LABELS: Record<(typeof SUBMISSION_CHANNELS)[number], () => string> = {
	paper: m.admin_channel_paper,
	letter: m.admin_channel_letter,
	phone: m.admin_channel_phone,
	email: m.admin_channel_email,
	web: m.admin_channel_web,
	kiosk: m.admin_channel_kiosk
};

/** The channel's name, or the raw value for one this version does not know. */
export const channelLabel = (channel: string): string =>
	(CHANNEL_LABELS as Record<string, (() => string) | undefined>)[channel]?.() ?? channel;
