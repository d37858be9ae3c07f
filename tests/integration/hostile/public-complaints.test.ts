// Hostile complaints and information requests sent as JSON to POST /api/qep/complaints, one generated row
// per (field × class): no 5xx, a code per field, nothing stored but what a valid part of the request may
// store (tests/support/hostile/).
import { hostileWorld } from '../../support/hostile/setup';
import { hostileSuite } from '../../support/hostile/suite';
import { complaintTable } from '../../support/hostile/public-table';

hostileSuite('hostile requests: complaints', complaintTable(), 150, hostileWorld);
