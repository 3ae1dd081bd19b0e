import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { RequestContext } from '../../graphql/context';
import { Indicator } from '../../indicators/indicator.entity';
import { progressOf } from './progress.service';
import { IndicatorProgress } from './progress.types';

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @Authorized()
  @FieldResolver(() => IndicatorProgress, {
    description: 'Where the indicator stands for the province (default) or a district, from consolidated reports. Needs a token (any role).',
  })
  progress(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', () => String, { nullable: true, description: 'GSO code: "06" for the province (default) or a district, e.g. "061".' })
    unitCode?: string,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'Judge as on this date; today by default.' }) asOf?: string | Date,
  ) {
    const date = asOf instanceof Date ? asOf.toISOString().slice(0, 10) : asOf;
    return progressOf(ctx, indicator, unitCode ?? undefined, date);
  }
}
