// One name per channel a visit, a survey or a request came through, on every screen and in every language.
// The server freezes the French names in publications and the open data (pocketbase/pb_hooks/lib/labels.js),
// held equal to these by channel-label.parity.spec.ts.
import { m } from '$lib/i18n/messages';
import type { Locale } from '$lib/i18n/runtime';

export const CHANNEL_NAMES = {
	web: m.channel_web,
	kiosk: m.channel_kiosk,
	paper: m.channel_paper,
	letter: m.channel_letter,
	phone: m.channel_phone,
	email: m.channel_email
} as const;

/** The channel's name (in `locale`, else the current language), or the raw value for an unknown one. */
export function channelLabel(channel: string, locale?: Locale): string {
	const name = (CHANNEL_NAMES as Record<string, (typeof CHANNEL_NAMES)[keyof typeof CHANNEL_NAMES]>)[channel];
	return name ? name({}, locale ? { locale } : {}) : channel;
}
