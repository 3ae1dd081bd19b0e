import { Field, InputType, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { PeriodKind, ReportStatus } from '../reporting/reporting.enums';

export enum Breakdown {
  SEX = 'SEX',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
}

registerEnumType(Breakdown, {
  name: 'Breakdown',
  description: 'A disaggregation of reported values: figures per sex, per ethnic group, or per both.',
  valuesConfig: {
    SEX: { description: 'One row per sex, from values reported for one sex.' },
    ETHNIC_GROUP: { description: 'One row per ethnic group (e.g. "Tày", "Dao"), from values reported for one group.' },
  },
});

/** How many items each dimension may list. */
export const ANALYTICS_CAPS = { indicators: 50, periods: 30, units: 500 } as const;

@InputType({
  description:
    'The dimensions of an analytics query, as DHIS2\'s analytics API takes them: indicators (dx), periods (pe) and units (ou, with a level), each a list. Figures are built in PostgreSQL by each indicator\'s aggregation, with the rule of `Indicator.rollup`.',
})
export class AnalyticsInput {
  @Field(() => [String], { description: `Indicator codes, e.g. ["households-housing", "households-electricity"]; 1 to ${ANALYTICS_CAPS.indicators}. Rows come in this order.` })
  indicators!: string[];

  @Field(() => String, { nullable: true, description: 'The plan the indicator codes are of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have an indicator with one of the codes.' })
  planCode?: string | null;

  @Field(() => [String], { nullable: true, description: `Period codes, e.g. ["2024", "2025-H1"]; at most ${ANALYTICS_CAPS.periods}. Absent: every period (of \`periodKind\`).` })
  periods?: string[] | null;

  @Field(() => PeriodKind, { nullable: true, description: 'Only half-years or only years.' })
  periodKind?: PeriodKind | null;

  @Field(() => [String], {
    nullable: true,
    description: `GSO unit codes; at most ${ANALYTICS_CAPS.units}. Without \`level\`: figures for these units themselves (every version of each code, each on the map where it is in force). With \`level\`: the units of that level lying in any of them.`,
  })
  units?: string[] | null;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Figures for every unit of this level (within `within` or `units` when given). Absent with no `units`: PROVINCE. On the map after 1 July 2025 the levels are PROVINCE and COMMUNE.',
  })
  level?: AdministrativeLevel | null;

  @Field(() => String, { nullable: true, description: 'Only units of `level` lying in this unit, e.g. "06" (the plan\'s area, on either map) or "061" (Ba Bể). Not with `units`.' })
  within?: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'Show every period on the map in force this day (e.g. 2026-01-01: the 37 communes and province 19), carried as `Indicator.rollup` carries it; absent: each period on its own map.',
  })
  geographyAsOf?: Date | null;

  @Field(() => [Breakdown], { nullable: true, description: 'Figures per sex, per ethnic group, or per both; absent or empty: totals.' })
  breakdown?: Breakdown[] | null;

  @Field(() => ReportStatus, { nullable: true, description: 'Only values of body reports in this status (ACCEPTED by default).' })
  reportStatus?: ReportStatus | null;
}
