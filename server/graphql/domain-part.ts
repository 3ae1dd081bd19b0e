import type { EntityClass } from '@mikro-orm/core';
import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from './context';
import type { Node } from './relay/node';
import type { HttpRoute } from '../http/routes';
import type { SqlFields } from './sql-read/sql-fields';

/**
 * What one part of the domain adds to the API: its tables, its resolvers and
 * which of its objects `node(id)` serves. The composition root (`server/parts.ts`)
 * lists the parts; schema and ORM assembly take them from there, so the
 * plumbing imports no domain file.
 */
/**
 * The rows a root field may return for these arguments, when that depends on
 * the data (how many districts lie in a province): the cost limit charges it
 * before the field runs. It must not throw; the resolver judges bad input.
 */
export type RowBound = (args: Record<string, unknown>, ctx: RequestContext) => Promise<number>;

export interface DomainPart {
  name: string;
  entities: EntityClass<unknown>[];
  // type-graphql takes resolver classes of any shape.
  // eslint-disable-next-line @typescript-eslint/ban-types
  resolvers: Function[];
  /** Decides `@Authorized` (one part provides it: access). */
  authChecker?: AuthCheckerFn<RequestContext, string>;
  /** Plain HTTP endpoints beside /graphql (exports). */
  routes?: HttpRoute[];
  /** Fields read inside their parent's statement when a whole query can be answered in SQL (sql-read/). */
  sqlFields?: SqlFields;
  /** Root Query fields whose cost is a bound on their rows, by field name. */
  rowBounds?: Record<string, RowBound>;
  nodes?: {
    /** Anyone may fetch these with `node(id)`: the public catalogue. */
    open?: EntityClass<Node<string>>[];
    /** Callers with a token may fetch these. */
    protected?: EntityClass<Node<string>>[];
    /** Checks per type name, before loading (by the row's key). */
    guards?: Record<string, (ctx: RequestContext, id: number) => void>;
    /** Checks per type name that need the object itself; they throw when the caller may not see it. */
    visibility?: Record<string, (ctx: RequestContext, node: Node<string>) => void>;
  };
}
