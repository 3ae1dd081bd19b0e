import type { OperationDefinitionNode } from 'graphql';
import { RecentlyUsed } from '../../platform/recently-used';

/** A statement written for an operation: its text and values, and whether one list of its answer comes as rows (list-stream.ts). */
export interface KeptStatement {
  text: string;
  values: readonly unknown[];
  streamed: boolean;
}

/**
 * Statements kept in all, the least recently used dropped first. A text is
 * a few KB and a key at most MAX_KEY_CHARS: a few MB, however many query
 * texts and variables callers send.
 */
export const MAX_KEPT_STATEMENTS = 1_000;
/** Variables whose JSON is longer are not kept by: the key holds it whole. */
export const MAX_KEY_CHARS = 2_000;

/**
 * The statements one-statement reads wrote, by operation and by all that a
 * read may depend on (sql-fields.ts): the caller's role, the day and the
 * variables. Writing the statement for every request was 5-6 % of the CPU
 * of a one-statement read under load (bench/README.md). A kept null: the
 * resolvers answer that operation for that key.
 */
export class KeptStatements extends RecentlyUsed<string, KeptStatement | null> {
  private readonly operationIds = new WeakMap<OperationDefinitionNode, number>();
  private nextOperationId = 0;

  constructor() {
    super(MAX_KEPT_STATEMENTS);
  }

  /** What the statement is kept by; undefined (not kept) for variables JSON cannot write, or too long. */
  keyOf(operation: OperationDefinitionNode, role: string | undefined, today: string, variables: Record<string, unknown>): string | undefined {
    let id = this.operationIds.get(operation);
    if (id === undefined) this.operationIds.set(operation, (id = this.nextOperationId++));
    let json: string;
    try {
      json = JSON.stringify(variables);
    } catch {
      return undefined;
    }
    return json.length > MAX_KEY_CHARS ? undefined : `${id} ${role ?? ''} ${today} ${json}`;
  }
}
