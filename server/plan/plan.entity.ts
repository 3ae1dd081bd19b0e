import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/relay/node';

@ObjectType({ simpleResolvers: true, description: 'A legal document the plan implements.' })
export class LegalBasis {
  @Field({ description: 'Number and symbol as the document writes it, e.g. "10/NQ-CP".' })
  code!: string;

  @Field({ description: 'Kind of document in Vietnamese, e.g. "Nghị quyết", "Quyết định".' })
  documentType!: string;

  @Field({ description: 'Who issued it, in Vietnamese.' })
  issuer!: string;

  @Field({ description: 'Date of issue, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field({ description: 'Title or subject, in Vietnamese.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'English title.' })
  titleEn?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A provincial plan: its objectives, tasks and who carries them out.' })
@Entity()
export class Plan extends Node {
  @Field({ description: 'Stable code of the plan in this API.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field({ description: 'Title as issued, in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'English title.' })
  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field({ description: 'Issuing authority, in Vietnamese.' })
  @Property({ type: 'text' })
  issuer!: string;

  @Field({ description: 'Month of issue, YYYY-MM (the document leaves the day blank).' })
  @Property({ type: 'text' })
  issuedIn!: string;

  @Field(() => String, { nullable: true, description: 'Who signed, with their title, in Vietnamese.' })
  @Property({ type: 'text', nullable: true })
  signedBy?: string | null;

  @Field(() => Int, { description: 'First year of the implementation period.' })
  @Property({ type: 'integer' })
  startYear!: number;

  @Field(() => Int, { description: 'Last year of the implementation period.' })
  @Property({ type: 'integer' })
  endYear!: number;

  @Field(() => Int, { description: 'Year of the long-term vision.' })
  @Property({ type: 'integer' })
  visionYear!: number;

  @Field(() => [LegalBasis], { description: 'Documents the plan implements.' })
  @Property({ type: 'json' })
  legalBases!: LegalBasis[];
}
