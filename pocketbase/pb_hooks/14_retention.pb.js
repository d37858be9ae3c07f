// The retention job (lib/retention.js), every night at 03:15 UTC: what is past its period, and what a
// citizen asked to erase while it was held, once the hold is over. A superuser can run it at once from the
// dashboard or with POST /api/crons/qep-retention.
cronAdd('qep-retention', '15 3 * * *', () => {
	const { runRetention } = require(`${__hooks}/lib/retention.js`);
	try {
		const done = runRetention($app, new Date().toISOString());
		$app
			.logger()
			.info(
				'Retention applied',
				'cutoff',
				done.cutoff,
				'complaints',
				done.complaints,
				'requested',
				done.requested,
				'files',
				done.files,
				'suggestions',
				done.suggestions,
				'comments',
				done.comments
			);
	} catch (err) {
		$app.logger().error('Retention failed', 'error', String(err));
	}
});

// `pocketbase retention [instant]`: the same job at once, for a drill or a test. With an ISO instant, it
// applies the retention as it would stand at that instant (a date in the future erases what will be due
// then: it is not a dry run).
$app.rootCmd.addCommand(
	new Command({
		use: 'retention',
		short: 'Applies the retention now (or as at the ISO instant given)',
		run: (cmd, args) => {
			const { isInstant } = require(`${__hooks}/lib/values.js`);
			const { runRetention } = require(`${__hooks}/lib/retention.js`);
			const at = args[0] || new Date().toISOString();
			if (!isInstant(at)) {
				console.error(`Not an ISO instant: "${at}"`);
				$os.exit(2);
			}
			console.log(`RETENTION ${JSON.stringify(runRetention($app, new Date(at).toISOString()))}`);
		}
	})
);
