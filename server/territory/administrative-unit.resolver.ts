import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { isoDate } from '../platform/dates';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitChange } from './administrative-unit-change.types';
import { AdministrativeUnitFilter } from './administrative-unit.inputs';
import * as units from './administrative-unit.service';
import { AdministrativeUnitConnection } from './administrative-unit.types';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnitConnection, {
    description:
      'Tỉnh Bắc Kạn (06), its 8 districts and 108 communes until 30 June 2025; Tỉnh Thái Nguyên (19) and the 37 communes formed from Bắc Kạn\'s from 1 July 2025 (only that part of Thái Nguyên: the plan\'s area). Every version of every unit, unless `filter.asOf` picks one day\'s map. The 14 communes removed by the 2020 merger (855/NQ-UBTVQH14) are not listed: the sources do not say which commune took each.',
  })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AdministrativeUnitFilter, { nullable: true, description: 'Conditions on level, parent, name and day; null or absent: every version of every unit.' }) filter?: AdministrativeUnitFilter,
  ) {
    return units.listAdministrativeUnits(ctx, filter, args);
  }

  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit that had this GSO code on `asOf` (default: today, in Vietnam), or null. Codes are reused: "01840" is one commune on 2024-01-01 and another on 2026-01-01.',
  })
  administrativeUnit(
    @Ctx() ctx: RequestContext,
    @Arg('code', { description: 'GSO code with leading zeros, e.g. "06", "061", "01840".' }) code: string,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'The day the code is looked up on (default: today, in Vietnam).' }) asOf?: Date,
  ) {
    return units.findAdministrativeUnit(ctx, code, asOf ? isoDate(asOf) : undefined);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one belongs to.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return units.parentUnit(ctx, unit);
  }

  @FieldResolver(() => AdministrativeUnitConnection, { description: 'Units directly under this one.' })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return units.childUnits(ctx, unit, args);
  }

  @FieldResolver(() => [AdministrativeUnitChange], {
    description: 'The units this one\'s area went into when it ended. Empty for a unit still in force, and for an abolished district (1 July 2025): its communes went on, the district level did not.',
  })
  successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return units.changesOf(ctx, unit, 'successors');
  }

  @FieldResolver(() => [AdministrativeUnitChange], { description: 'The units whose area went into this one when it began.' })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return units.changesOf(ctx, unit, 'predecessors');
  }
}

@Resolver(() => AdministrativeUnitChange)
export class AdministrativeUnitChangeResolver {
  @FieldResolver(() => AdministrativeUnit)
  unit(@Root() change: AdministrativeUnitChange, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(AdministrativeUnit).load(change.unitId);
  }
}
