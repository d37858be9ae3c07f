// Hostile requests to the referent's routes (questionnaire versions, settings through the record API,
// publications and their open data, indicators, inbox, kiosk enrolment and PIN), one generated row per
// (route × field × class): no 5xx, a code per field, nothing stored or changed (tests/support/hostile/).
import { staffWorld } from '../../support/hostile/setup';
import { hostileSuite } from '../../support/hostile/suite';
import { cockpitTable } from '../../support/hostile/staff-table';

hostileSuite(
	'hostile requests: questionnaires, settings, publications, indicators, inbox, kiosks',
	cockpitTable(),
	100,
	staffWorld
);
