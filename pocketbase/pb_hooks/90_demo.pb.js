// `pocketbase seed-demo`: fills an empty database with a demo prefecture (used by `npm start` in demo mode).
// Each staff account gets a new random password, printed once in the result line; never in production.
$app.rootCmd.addCommand(
	new Command({
		use: 'seed-demo',
		short: 'Seeds a demo prefecture when the database has no site yet (never in production mode)',
		run: () => {
			const { runMode } = require(`${__hooks}/lib/run-mode.js`);
			if (runMode((name) => $os.getenv(name)) === 'production') {
				console.error('seed-demo: refused, QEP_MODE is production');
				$os.exit(1);
			}
			const { seedDemo } = require(`${__hooks}/lib/demo-seed.js`);
			const { newPassword } = require(`${__hooks}/lib/passwords.js`);
			const result = seedDemo($app, {
				today: $os.getenv('DEMO_TODAY') || new Date().toISOString().slice(0, 10),
				newPassword: () => newPassword((n, alphabet) => $security.randomStringWithAlphabet(n, alphabet))
			});
			console.log(`DEMO_SEED ${JSON.stringify(result)}`);
		}
	})
);
