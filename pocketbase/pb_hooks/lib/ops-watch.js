// The operations watch (every 10 minutes, and on demand from the Exploitation page): raises an alert for
// each kiosk silent for a whole working day and for a mail relay failing for an hour, and clears them when
// the condition is over. lib/ops-alerts.js sends each alert's e-mail once, not once per check. Silent kiosks
// also get alerts in the threshold alerts' life cycle (lib/alert-silence.js), for the sites' staff.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);

const KIOSK_PREFIX = 'kiosk:';

/**
 * What the watch should raise and clear, from the status and the alerts open now. Pure.
 * @returns {{ raise: { key: string, subject: string, text: string }[], clear: string[] }}
 */
function watchDecisions(status, openKeys) {
	const raise = [];
	const clear = [];
	const silent = new Set();
	for (const k of status.kiosks.silent) {
		const key = `${KIOSK_PREFIX}${k.id}`;
		silent.add(key);
		raise.push({
			key,
			subject: `la borne « ${k.name} » (${k.site}) ne donne plus de nouvelles`,
			text: [
				k.lastSeenAt
					? `Dernier contact le ${k.lastSeenAt.slice(0, 16).replace('T', ' à ')} UTC, il y a ${k.silentDays} jour(s) ouvré(s) entiers.`
					: `Aucun contact depuis son inscription (${k.silentDays} jour(s) ouvré(s) entiers).`,
				'Vérifiez qu’elle est allumée et connectée au réseau : les avis saisis restent sur la tablette tant qu’ils ne sont pas envoyés.'
			].join('\n')
		});
	}
	for (const key of openKeys) if (key.startsWith(KIOSK_PREFIX) && !silent.has(key)) clear.push(key);
	if (status.mail.alert)
		raise.push({
			key: 'smtp',
			subject: 'les courriels ne partent plus',
			text: [
				`Le relais de messagerie échoue depuis le ${status.mail.failingSince.slice(0, 16).replace('T', ' à ')} UTC.`,
				`Dernière erreur : ${status.mail.lastError}`,
				'Les accusés de réception et les réponses aux usagers ne sont pas envoyés tant que ce n’est pas corrigé.'
			].join('\n')
		});
	else if (status.mail.state !== 'failing' && openKeys.includes('smtp')) clear.push('smtp');
	return { raise, clear };
}

/** Runs the watch now; returns what it raised (e-mailed) and cleared. */
function runWatch(app, status) {
	const { raiseAlert, clearAlert } = lib('ops-alerts.js');
	const { raise, clear } = watchDecisions(
		status,
		status.alerts.map((a) => a.key)
	);
	const raised = raise.filter((alert) => raiseAlert(app, alert)).map((a) => a.key);
	const cleared = clear.filter((key) => clearAlert(app, key));
	// The same kiosks in the threshold alerts' life cycle, for the referents and the site's agents; a failure
	// there is logged and leaves the watch's own outcome as it is.
	try {
		lib('alert-silence.js').syncSilentKiosks(app, status.kiosks.silent, new Date().toISOString());
	} catch (err) {
		app.logger().error('Silent-kiosk alerts not updated', 'error', String(err));
	}
	return { raised, cleared };
}

module.exports = { watchDecisions, runWatch };
