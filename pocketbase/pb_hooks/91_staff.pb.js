// `pocketbase staff create <email> <name> <admin|referent>`: the first administrator of a new installation
// (no demo in production), or a referent; agents are created in the back office, with their sites.
// `pocketbase staff password <email>`: a new password for an account, when its holder cannot use the reset
// e-mail. Both print a generated password once; only its hash is stored. `npm run staff -- …` wraps them.
$app.rootCmd.addCommand(
	new Command({
		use: 'staff',
		short: 'Creates a staff account or gives one a new password (printed once)',
		run: (cmd, args) => {
			const { staffCommand } = require(`${__hooks}/lib/staff-cli.js`);
			const { newPassword } = require(`${__hooks}/lib/passwords.js`);
			const outcome = staffCommand($app, args, {
				newPassword: () => newPassword((n, alphabet) => $security.randomStringWithAlphabet(n, alphabet))
			});
			if (outcome.ok) console.log(outcome.message);
			else {
				console.error(outcome.message);
				$os.exit(outcome.usage ? 2 : 1);
			}
		}
	})
);
