// Hostile requests to the agents' workflow routes (status, assign, notes, answer) and to transcription,
// one generated row per (route × field × class): no 5xx, a code per field, nothing stored or changed
// (tests/support/hostile/).
import { staffWorld } from '../../support/hostile/setup';
import { hostileSuite } from '../../support/hostile/suite';
import { workflowTable } from '../../support/hostile/staff-table';

hostileSuite('hostile requests: complaint workflow and transcription', workflowTable(), 100, staffWorld);
