/// <reference path="../../pb_data/types.d.ts" />
// `pocketbase seed-demo`: fills an empty database with a demo prefecture (used by `npm start`).
$app.rootCmd.addCommand(
	new Command({
		use: 'seed-demo',
		short: 'Seeds a demo prefecture when the database has no site yet',
		run: () => {
			const { seedDemo } = require(`${__hooks}/lib/demo-seed.js`);
			const env = (name, fallback) => $os.getenv(name) || fallback;
			const result = seedDemo($app, {
				today: env('DEMO_TODAY', new Date().toISOString().slice(0, 10)),
				passwords: {
					referent: env('DEMO_REFERENT_PASSWORD', 'demo-referente-2026'),
					agent: env('DEMO_AGENT_PASSWORD', 'demo-agent-2026'),
					'agent-fdf': env('DEMO_AGENT_PASSWORD', 'demo-agent-2026'),
					admin: env('DEMO_ADMIN_PASSWORD', 'demo-admin-2026')
				}
			});
			console.log(`DEMO_SEED ${JSON.stringify(result)}`);
		}
	})
);
