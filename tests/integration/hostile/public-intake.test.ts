// Hostile requests to the suggestion, attachment (multipart), tracking, enrolment and mail-status routes, one generated row per (route × field × class): no 5xx, a code per field, nothing stored but what a
// valid part of the request may store (tests/support/hostile/).
import { hostileWorld } from '../../support/hostile/setup';
import { hostileSuite } from '../../support/hostile/suite';
import { intakeTable } from '../../support/hostile/public-table';

hostileSuite(
	'hostile requests: suggestions, attachments, tracking, enrolment',
	intakeTable(),
	150,
	hostileWorld
);
