import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import type { KeptStatement } from './sql-read/kept-statements';

/** What a request did, as the HTTP layer logs and counts it once it is answered. */
export interface RequestRecord {
  operations: Array<{ name: string | null; type: string | null }>;
  errorCodes: string[];
  /** Points and nodes charged, summed over a batch's operations. */
  charge?: { cost: number; nodeCount: number };
  /** Set when the charge depends on rows (a part's RowBound), not on the operation and its variables alone. */
  chargeVaries?: true;
  /** The kept statement whose bytes were the whole `data`, and the day it was written for (sql-read.ts). */
  answeredBy?: { statement: KeptStatement; today: string };
}

/**
 * Apollo hands each operation a shallow copy of the context: what the HTTP
 * layer reads afterwards must live in an object the copies share, as this
 * record is.
 */
export function recordCharge(record: RequestRecord, cost: number, nodeCount: number): void {
  record.charge = { cost: (record.charge?.cost ?? 0) + cost, nodeCount: (record.charge?.nodeCount ?? 0) + nodeCount };
}

/** Fills the context's record: each operation's name and type, and the codes of the errors sent. */
export const recordRequest: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    let resolved = false;
    return {
      async didResolveOperation({ operation, operationName, contextValue }) {
        resolved = true;
        contextValue.record.operations.push({ name: operationName ?? null, type: operation?.operation ?? null });
      },
      async willSendResponse({ request, response, contextValue }) {
        // Refused before its operation was resolved (unparsable, invalid): logged under the name its client gave.
        if (!resolved) contextValue.record.operations.push({ name: request.operationName ?? null, type: null });
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        for (const error of errors ?? []) contextValue.record.errorCodes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      },
    };
  },
};
