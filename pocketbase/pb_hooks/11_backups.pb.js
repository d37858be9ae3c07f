// Automatic backups from the environment (lib/backup-settings.js), applied at every start, and every
// backup's outcome (cron or manual) recorded in ops_events, a failure e-mailed to the administrators once.
onBootstrap((e) => {
	e.next();
	const { applyBackupSettings } = require(`${__hooks}/lib/backup-settings.js`);
	applyBackupSettings(e.app, (name) => $os.getenv(name));
});

onBackupCreate((e) => {
	const alerts = require(`${__hooks}/lib/ops-alerts.js`);
	// Recording must never turn a good backup into a failed one, nor hide why a backup failed.
	const safely = (what, fn) => {
		try {
			fn();
		} catch (err) {
			e.app.logger().error('Backup outcome not recorded', 'step', what, 'error', String(err));
		}
	};
	try {
		e.next();
	} catch (/** @type {any} */ err) {
		const message = String(err && err.message ? err.message : err);
		const name = e.name || '(sans nom)';
		safely('failed', () => {
			alerts.recordEvent(e.app, { kind: 'backup', key: 'backup', outcome: 'failed', detail: message });
			alerts.raiseAlert(e.app, {
				key: 'backup',
				subject: 'la sauvegarde a échoué',
				text: [
					`La sauvegarde « ${name} » a échoué le ${new Date().toISOString().slice(0, 16).replace('T', ' à ')} UTC.`,
					`Erreur : ${message}`,
					'Tant que ce n’est pas corrigé, les nouvelles données ne sont pas sauvegardées.'
				].join('\n')
			});
		});
		throw err;
	}
	let detail = e.name;
	safely('size', () => {
		const fsys = e.app.newBackupsFilesystem();
		try {
			detail = `${e.name} (${fsys.attributes(e.name).size} octets)`;
		} finally {
			fsys.close();
		}
	});
	safely('ok', () => {
		alerts.recordEvent(e.app, { kind: 'backup', key: 'backup', outcome: 'ok', detail });
		alerts.clearAlert(e.app, 'backup');
	});
});
