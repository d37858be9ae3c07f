// Hostile requests to POST /api/qep/ingest, one generated row per (field × class): no 5xx, a code per
// field, nothing stored but what a valid part of the request may store (tests/support/hostile/).
import { hostileWorld } from '../../support/hostile/setup';
import { hostileSuite } from '../../support/hostile/suite';
import { ingestTable } from '../../support/hostile/public-table';

hostileSuite('hostile requests: ingest', ingestTable(), 150, hostileWorld);
