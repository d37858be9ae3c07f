// Threshold alerts (issue 18): what the server's detection opens when satisfaction has clearly fallen at a
// place, when one day was clearly worse than usual, or when a kiosk fell silent; and their trail. Written by
// the hooks only (the detection and the life-cycle routes); staff read them.
import * as z from 'zod/mini';
import { day, json, optionalDate, optionalRelation, optionalText, relation } from './fields';

export const ALERT_KINDS = ['lasting', 'sudden', 'silent'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_SCOPES = ['point', 'site', 'engagement', 'kiosk'] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];
export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const ALERT_EVENT_TYPES = ['opened', 'acknowledged', 'action', 'closed'] as const;
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];

const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

/** A tally and its 95 % Wilson interval (rate, low and high null without answers), and the days counted. */
export const alertTallySchema = z.object({
	satisfied: z.int().check(z.minimum(0)),
	n: z.int().check(z.minimum(0)),
	rate: share,
	low: share,
	high: share,
	from: day(),
	to: day()
});
export type AlertTally = z.infer<typeof alertTallySchema>;

/** The figures an alert opened (or closed) on: the window's (or the day's) tally, and the usual one. */
export const alertFiguresSchema = z.object({
	...alertTallySchema.shape,
	usual: z.optional(alertTallySchema)
});
export type AlertFigures = z.infer<typeof alertFiguresSchema>;

export const alertSchema = z.object({
	kind: z.enum(ALERT_KINDS),
	scope: z.enum(ALERT_SCOPES),
	site: optionalRelation('sites'),
	reception_point: optionalRelation('reception_points'),
	engagement: optionalRelation('engagements'),
	kiosk: optionalRelation('kiosks'),
	status: z.enum(ALERT_STATUSES),
	opened_on: day(),
	figures: z.optional(json(z.nullable(alertFiguresSchema))),
	acknowledged_by: optionalRelation('staff'),
	acknowledged_at: optionalDate(),
	action: optionalRelation('action_items'),
	closed_at: optionalDate(),
	closed_by: optionalRelation('staff'),
	close_reason: optionalText(500),
	mailed_at: optionalDate()
});
export type Alert = z.infer<typeof alertSchema>;

export const alertEventSchema = z.object({
	alert: relation('alerts'),
	actor: optionalRelation('staff'),
	type: z.enum(ALERT_EVENT_TYPES),
	data: z.optional(json(z.record(z.string(), z.unknown())))
});
export type AlertEvent = z.infer<typeof alertEventSchema>;
