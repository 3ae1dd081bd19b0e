import type { DomainPart } from '../graphql/domain-part';
import { analyticsRowBound } from './analytics-bound';
import { AnalyticsResolver } from './analytics.resolver';
import { EXPORT_ROUTES } from './export/export-routes';
import { analyticsSqlFields } from './analytics.sql-fields';

/** Dimension queries for BI tools: `analytics`, its exports and the `bi` schema. */
export const analyticsPart: DomainPart = {
  name: 'analytics',
  entities: [],
  resolvers: [AnalyticsResolver],
  rowBounds: { analytics: analyticsRowBound },
  routes: EXPORT_ROUTES,
  sqlFields: analyticsSqlFields,
};
