import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126204040_plan_graph } from './Migration20261126204040_plan_graph';
import { Migration20261126211137_reporting_regime } from './Migration20261126211137_reporting_regime';

/**
 * Every migration, in order. Listed by hand (not discovered on disk) so that
 * the same list runs from TypeScript in tests and from compiled JavaScript.
 * A test fails when a file in this folder is missing here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126204040_plan_graph', class: Migration20261126204040_plan_graph },
  { name: 'Migration20261126211137_reporting_regime', class: Migration20261126211137_reporting_regime },
];
