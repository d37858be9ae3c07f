// No installer link, no browser, no false instruction at `serve` (lib/installer-off.js).
onBootstrap((e) => {
	e.next();
	if (!$os.args.includes('serve')) return;
	require(`${__hooks}/lib/installer-off.js`).keepInstallerOff(e.app);
});
