import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What one answered request adds to the metrics. */
export interface ObservedRequest {
  operation: string | null;
  status: number;
  errorCodes: readonly string[];
  durationMs: number;
  sqlStatements: number;
  /** Answered from a kept statement, without GraphQL. */
  kept?: boolean;
}

export interface PoolState {
  size: number;
  used: number;
  waiting: number;
}

/** The codes of refusals by a limit, as `refusals_total{limit}` counts them. */
const LIMIT_CODES = new Set([
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_FIELDS',
  'TOO_MANY_TOKENS',
  'TOO_MANY_FRAGMENTS',
  'INPUT_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'BATCH_TOO_LARGE',
  'SERVER_BUSY',
  'REQUEST_TIMEOUT',
]);

/** Operation names are the client's: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The server's Prometheus metrics (`GET /metrics`): requests by operation and
 * outcome with their latency, GraphQL errors by code, refusals by limit,
 * rate-limited requests, kept answers, SQL statements, the database pool, and Node's own
 * (event-loop lag, heap, GC).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly refusals: Counter<'limit'>;
  private readonly rateLimited: Counter;
  private readonly statementsPerRequest: Histogram;
  private readonly keptAnswers: Counter;

  constructor(pool: () => PoolState | undefined, statementsSoFar: () => number) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests answered, by operation name and outcome.', labelNames: ['operation', 'outcome'], registers });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    });
    this.errors = new Counter({ name: 'graphql_errors_total', help: 'Errors sent to clients, by extensions.code.', labelNames: ['code'], registers });
    this.refusals = new Counter({ name: 'graphql_refusals_total', help: 'Requests refused by a limit, by its code.', labelNames: ['limit'], registers });
    this.rateLimited = new Counter({ name: 'graphql_rate_limited_total', help: 'Requests refused with 429: the caller\'s budget was spent.', registers });
    this.keptAnswers = new Counter({ name: 'graphql_kept_answers_total', help: 'Requests answered from a statement kept from an earlier answer, without GraphQL execution.', registers });
    this.statementsPerRequest = new Histogram({
      name: 'graphql_request_sql_statements',
      help: 'SQL statements per request, from authentication to the answer.',
      buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50],
      registers,
    });
    let reported = 0;
    new Counter({
      name: 'sql_statements_total',
      help: 'SQL statements sent to PostgreSQL by this process.',
      registers,
      collect() {
        const now = statementsSoFar();
        this.inc(Math.max(0, now - reported));
        reported = now;
      },
    });
    const poolGauge = (name: string, help: string, read: (state: PoolState) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const state = pool();
          if (state) this.set(read(state));
        },
      });
    poolGauge('db_pool_size', 'Connections the database pool may open.', (s) => s.size);
    poolGauge('db_pool_in_use', 'Connections lent out now.', (s) => s.used);
    poolGauge('db_pool_waiting', 'Requests for a connection waiting now.', (s) => s.waiting);
  }

  observe(request: ObservedRequest): void {
    const operation = this.operationLabel(request.operation);
    this.requests.inc({ operation, outcome: outcomeOf(request) });
    this.duration.observe({ operation }, request.durationMs / 1000);
    for (const code of request.errorCodes) {
      this.errors.inc({ code });
      if (LIMIT_CODES.has(code)) this.refusals.inc({ limit: code });
    }
    if (request.status === 429) this.rateLimited.inc();
    if (request.kept) this.keptAnswers.inc();
    this.statementsPerRequest.observe(request.sqlStatements);
  }

  private operationLabel(name: string | null): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (!this.operations.has(name)) {
      if (this.operations.size >= MAX_OPERATION_LABELS) return '(other)';
      this.operations.add(name);
    }
    return name;
  }
}

function outcomeOf(request: ObservedRequest): string {
  if (request.status >= 500) return 'server_error';
  if (request.status === 429) return 'rate_limited';
  if (request.status >= 400) return 'refused';
  return request.errorCodes.length ? 'partial' : 'success';
}
