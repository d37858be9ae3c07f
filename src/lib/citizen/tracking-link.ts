// The private tracking link a citizen keeps for a complaint.

/** The token travels in the fragment, which browsers never send to a server. */
export function trackingLink(origin: string, token: string): string {
	return `${origin}/suivi#${token}`;
}
