import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 100;

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when items exist after the last item of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items exist before the first item of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items (0-${MAX_PAGE_SIZE}). Without \`first\` or \`last\`, the first ${DEFAULT_PAGE_SIZE} are returned.`,
  })
  first?: number;

  @Field({ nullable: true, description: 'Return items after this cursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Return the last n items (0-${MAX_PAGE_SIZE}).` })
  last?: number;

  @Field({ nullable: true, description: 'Return items before this cursor.' })
  before?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Which slice of an ordered list a client asked for, once checked. */
export interface PageWindow {
  direction: 'forward' | 'backward';
  size: number;
  after?: string;
  before?: string;
}

export function toPageWindow(args: ConnectionArgs): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw badUserInput('Pass either `first` or `last`, not both.', { argument: 'first' });
  }
  checkSize('first', first);
  checkSize('last', last);
  if (last != null) return { direction: 'backward', size: last, after, before };
  return { direction: 'forward', size: first ?? DEFAULT_PAGE_SIZE, after, before };
}

function checkSize(argument: string, value: number | undefined): void {
  if (value == null) return;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE} (got ${value}).`, {
      argument,
      max: MAX_PAGE_SIZE,
    });
  }
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, description: string) {
  const name = nodeType.name;

  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at the end of the edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The edges of this page.' })
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: 'The nodes of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Information to fetch the next or previous page.' })
    pageInfo!: PageInfo;

    // Not simple: a root list counts only when this field is read, and returns a promise.
    @Field(() => Int, { simple: false, description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }

  return ConnectionClass;
}
