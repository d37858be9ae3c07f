// The rights of persons (RGPD art. 15–17, 21): administrators find, export, correct and erase what is held
// about a person (lib/rights-route.js); the citizen asks for the erasure of their item from the tracking
// page (lib/track-route.js, rate-limited like /api/qep/track).
routerAdd('GET', '/api/qep/rights', (e) => require(`${__hooks}/lib/rights-route.js`).handleRights(e));
routerAdd('GET', '/api/qep/rights/export', (e) => require(`${__hooks}/lib/rights-route.js`).handleExport(e));
routerAdd('POST', '/api/qep/complaints/{id}/contact', (e) =>
	require(`${__hooks}/lib/rights-route.js`).handleContact(e)
);
routerAdd('POST', '/api/qep/complaints/{id}/erase', (e) =>
	require(`${__hooks}/lib/rights-route.js`).handleEraseComplaint(e)
);
routerAdd('POST', '/api/qep/suggestions/{id}/erase', (e) =>
	require(`${__hooks}/lib/rights-route.js`).handleEraseSuggestion(e)
);
routerAdd('POST', '/api/qep/track/erase', (e) =>
	require(`${__hooks}/lib/track-route.js`).handleTrackErase(e)
);
