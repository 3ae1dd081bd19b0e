import { accessPart } from './access/access.part';
import { analyticsPart } from './analytics/analytics.part';
import { bodiesPart } from './bodies/bodies.part';
import { cataloguePart } from './catalogue/catalogue.part';
import type { DomainPart } from './graphql/domain-part';
import { plumbingPart } from './graphql/plumbing.part';
import { indicatorsPart } from './indicators/indicators.part';
import { planPart } from './plan/plan.part';
import { reportingPart } from './reporting/reporting.part';
import { seedPart } from './seed/seed.part';
import { tasksPart } from './tasks/tasks.part';
import { territoryPart } from './territory/territory.part';

/** The composition root's list: every part of the API, in the order their types appear in the schema. */
export const PARTS: DomainPart[] = [plumbingPart, planPart, indicatorsPart, tasksPart, bodiesPart, territoryPart, accessPart, reportingPart, analyticsPart, cataloguePart, seedPart];

/** Every entity, listed rather than discovered, so the same list works from jest, tsc output and scripts. */
export const ENTITIES = PARTS.flatMap((part) => part.entities);
