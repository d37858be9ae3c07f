// A questionnaire's languages are the ones its title and every question are written in, whoever saves it
// (the back office, a forged request, the new-version route, the demo seed): recomputed when the
// questionnaire is saved, and again when one of its questions is created, changed or removed
// (see lib/questionnaire-languages.js).
onRecordCreate((e) => {
	require(`${__hooks}/lib/questionnaire-languages.js`).refreshLanguages(e.app, e.record);
	e.next();
}, 'questionnaires');
onRecordUpdate((e) => {
	require(`${__hooks}/lib/questionnaire-languages.js`).refreshLanguages(e.app, e.record);
	e.next();
}, 'questionnaires');

onRecordCreate((e) => {
	e.next();
	require(`${__hooks}/lib/questionnaire-languages.js`).refreshQuestionnaire(
		e.app,
		e.record.getString('questionnaire')
	);
}, 'questions');
onRecordUpdate((e) => {
	e.next();
	const { refreshQuestionnaire } = require(`${__hooks}/lib/questionnaire-languages.js`);
	const now = e.record.getString('questionnaire');
	const before = e.record.original().getString('questionnaire');
	refreshQuestionnaire(e.app, now);
	if (before !== now) refreshQuestionnaire(e.app, before);
}, 'questions');
onRecordDelete((e) => {
	e.next();
	require(`${__hooks}/lib/questionnaire-languages.js`).refreshQuestionnaire(
		e.app,
		e.record.getString('questionnaire')
	);
}, 'questions');
