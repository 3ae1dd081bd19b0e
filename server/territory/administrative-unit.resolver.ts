import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitFilter } from './administrative-unit.inputs';
import * as units from './administrative-unit.service';
import { AdministrativeUnitConnection } from './administrative-unit.types';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnitConnection, { description: 'Bắc Kạn province, its districts and communes.' })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AdministrativeUnitFilter, { nullable: true }) filter?: AdministrativeUnitFilter,
  ) {
    return units.listAdministrativeUnits(ctx, filter, args);
  }

  @Query(() => AdministrativeUnit, { nullable: true, description: 'The unit with this GSO code (the one in force when codes were reused), or null.' })
  administrativeUnit(@Ctx() ctx: RequestContext, @Arg('code') code: string) {
    return units.findAdministrativeUnit(ctx, code);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one belongs to.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return units.parentUnit(ctx, unit);
  }

  @FieldResolver(() => AdministrativeUnitConnection, { description: 'Units directly under this one.' })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return units.childUnits(ctx, unit, args);
  }
}
