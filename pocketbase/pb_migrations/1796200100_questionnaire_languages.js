// A questionnaire's `languages` now means the languages its title and every question are written in (kept so
// by 18_questionnaires.pb.js at each save). Questionnaires saved before, the one in service included, get
// theirs from their texts here. The rule is written out as it stood (a migration never changes).
const TEN = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'];

migrate((app) => {
	const parsed = (/** @type {string} */ text) => {
		try {
			return JSON.parse(text);
		} catch {
			return null;
		}
	};
	const written = (texts, language) =>
		texts !== null &&
		typeof texts === 'object' &&
		typeof texts[language] === 'string' &&
		texts[language].trim() !== '';
	for (const questionnaire of app.findAllRecords('questionnaires')) {
		const labels = app
			.findRecordsByFilter('questions', 'questionnaire = {:q}', '', 0, 0, { q: questionnaire.id })
			.map((question) => parsed(question.getString('label')));
		const title = parsed(questionnaire.getString('title'));
		const languages = TEN.filter(
			(language) =>
				language === 'fr' || (written(title, language) && labels.every((label) => written(label, language)))
		);
		if (languages.join() === questionnaire.getStringSlice('languages').join()) continue;
		questionnaire.set('languages', languages);
		app.save(questionnaire);
	}
});
