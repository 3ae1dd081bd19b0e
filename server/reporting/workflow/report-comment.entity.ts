import { Entity, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { User } from '../../access/user.entity';
import { Report } from './report.entity';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A remark on a report by the Fatherland Front (supervision, social critique) or Ban Dân tộc tỉnh.' })
@Entity()
export class ReportComment extends Node<'createdAt'> {
  @Index()
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field({ description: 'The remark.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => DateTimeResolver, { description: 'When the comment was made.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
