// The referent's cockpit: questionnaire versions and published results
// (see lib/questionnaire-routes.js, lib/publication-routes.js).
routerAdd('POST', '/api/qep/questionnaires/{id}/new-version', (e) =>
	require(`${__hooks}/lib/questionnaire-routes.js`).handleNewVersion(e)
);
routerAdd('POST', '/api/qep/questionnaires/{id}/activate', (e) =>
	require(`${__hooks}/lib/questionnaire-routes.js`).handleActivate(e)
);
routerAdd('POST', '/api/qep/publications', (e) =>
	require(`${__hooks}/lib/publication-routes.js`).handlePublish(e)
);
routerAdd('GET', '/api/qep/publications/{id}/data.csv', (e) =>
	require(`${__hooks}/lib/publication-routes.js`).handleCsv(e)
);
routerAdd('GET', '/api/qep/publications/{id}/data.json', (e) =>
	require(`${__hooks}/lib/publication-routes.js`).handleJson(e)
);

// Settings changed through the record API (sites and their closure days, reception points, the policy,
// questionnaires and their questions): what the field options cannot check (see lib/settings-check.js).
const SETTINGS = ['sites', 'reception_points', 'policies', 'questionnaires', 'questions'];
onRecordCreateRequest((e) => require(`${__hooks}/lib/settings-check.js`).guardSettings(e), ...SETTINGS);
onRecordUpdateRequest((e) => require(`${__hooks}/lib/settings-check.js`).guardSettings(e), ...SETTINGS);
