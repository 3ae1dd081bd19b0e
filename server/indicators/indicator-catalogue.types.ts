import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../graphql/mutations/payload';
import { Indicator } from './indicator.entity';
import { TargetRevision } from './target-revision.entity';
import { Target } from './target.entity';

@ObjectType({ simpleResolvers: true, description: 'What `createIndicator` and `updateIndicator` return.' })
export class IndicatorPayload extends MutationPayload {
  @Field(() => Indicator, { nullable: true, description: 'The indicator as it is after the mutation; null when there are user errors.' })
  indicator: Indicator | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `reviseTarget` returns.' })
export class ReviseTargetPayload extends MutationPayload {
  @Field(() => Target, { nullable: true, description: 'The target as in force from the effective date; null when there are user errors.' })
  target: Target | null = null;

  @Field(() => TargetRevision, { nullable: true, description: 'The revision recorded.' })
  revision: TargetRevision | null = null;
}
