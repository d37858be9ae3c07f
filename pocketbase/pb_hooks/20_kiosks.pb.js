// Kiosk enrolment and configuration (see lib/kiosk-routes.js).
routerAdd('POST', '/api/qep/kiosks/{id}/enrolment', (e) =>
	require(`${__hooks}/lib/kiosk-routes.js`).createEnrolment(e)
);
routerAdd('POST', '/api/qep/kiosks/{id}/pin', (e) => require(`${__hooks}/lib/kiosk-routes.js`).setPin(e));
routerAdd('POST', '/api/qep/enrol', (e) => require(`${__hooks}/lib/kiosk-routes.js`).enrol(e));
routerAdd('GET', '/api/qep/kiosk/config', (e) => require(`${__hooks}/lib/kiosk-routes.js`).kioskConfig(e));
