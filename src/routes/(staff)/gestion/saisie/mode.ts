/** `?formulaire=questionnaire` opens the paper survey form; anything else, the complaint form. */
export const SURVEY_MODE = 'questionnaire';
