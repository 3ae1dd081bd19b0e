import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126204040_plan_graph } from './Migration20261126204040_plan_graph';
import { Migration20261126211137_reporting_regime } from './Migration20261126211137_reporting_regime';
import { Migration20261126214159_api_token_maker } from './Migration20261126214159_api_token_maker';
import { Migration20261126215027_rate_limits } from './Migration20261126215027_rate_limits';
import { Migration20261126223212_indicator_value_by_indicator_unit } from './Migration20261126223212_indicator_value_by_indicator_unit';
import { Migration20261201230000_units_through_time } from './Migration20261201230000_units_through_time';
import { Migration20261201233000_bodies_through_time } from './Migration20261201233000_bodies_through_time';
import { Migration20261202000000_seed_state } from './Migration20261202000000_seed_state';
import { Migration20261205060000_indicator_figures } from './Migration20261205060000_indicator_figures';
import { Migration20261205070000_bi_schema } from './Migration20261205070000_bi_schema';
import { Migration20261205080000_catalogue_provenance } from './Migration20261205080000_catalogue_provenance';
import { Migration20261205090000_catalogue_keeping } from './Migration20261205090000_catalogue_keeping';
import { Migration20261205100000_assignment_plan } from './Migration20261205100000_assignment_plan';
import { Migration20261205110000_kept_figures_current_map } from './Migration20261205110000_kept_figures_current_map';
import { Migration20261205120000_codes_per_plan } from './Migration20261205120000_codes_per_plan';

/**
 * Every migration, in order. Listed by hand (not discovered on disk) so that
 * the same list runs from TypeScript in tests and from compiled JavaScript.
 * A test fails when a file in this folder is missing here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126204040_plan_graph', class: Migration20261126204040_plan_graph },
  { name: 'Migration20261126211137_reporting_regime', class: Migration20261126211137_reporting_regime },
  { name: 'Migration20261126214159_api_token_maker', class: Migration20261126214159_api_token_maker },
  { name: 'Migration20261126215027_rate_limits', class: Migration20261126215027_rate_limits },
  { name: 'Migration20261126223212_indicator_value_by_indicator_unit', class: Migration20261126223212_indicator_value_by_indicator_unit },
  { name: 'Migration20261201230000_units_through_time', class: Migration20261201230000_units_through_time },
  { name: 'Migration20261201233000_bodies_through_time', class: Migration20261201233000_bodies_through_time },
  { name: 'Migration20261202000000_seed_state', class: Migration20261202000000_seed_state },
  { name: 'Migration20261205060000_indicator_figures', class: Migration20261205060000_indicator_figures },
  { name: 'Migration20261205070000_bi_schema', class: Migration20261205070000_bi_schema },
  { name: 'Migration20261205080000_catalogue_provenance', class: Migration20261205080000_catalogue_provenance },
  { name: 'Migration20261205090000_catalogue_keeping', class: Migration20261205090000_catalogue_keeping },
  { name: 'Migration20261205100000_assignment_plan', class: Migration20261205100000_assignment_plan },
  { name: 'Migration20261205110000_kept_figures_current_map', class: Migration20261205110000_kept_figures_current_map },
  { name: 'Migration20261205120000_codes_per_plan', class: Migration20261205120000_codes_per_plan },
];
