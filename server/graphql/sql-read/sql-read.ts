import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage, type AuthCheckerFn } from 'type-graphql';
import { runNamedRead, type Reader } from '../../database/direct-statement';
import { vietnamDate } from '../../platform/dates';
import type { RequestContext } from '../context';
import { PlainColumns } from './plain-columns';
import { RawJson } from './raw-json';
import { joinStream, STREAM_MARK_SQL, streamStatement, type ListStream, type StreamRow } from './list-stream';
import { jsonList, RESOLVERS_ANSWER_TEXT, type SqlFieldRead, type SqlFields } from './sql-fields';
import { KeptStatements, type KeptStatement } from './kept-statements';

type Roles = string[] | undefined;

/**
 * Sent as rows, a list costs Node per row; aggregated, PostgreSQL per item,
 * more than linearly. 56 roll-up figures: 14 % less CPU a request
 * aggregated; 666: the same; 1,163: 1.5x the throughput as rows
 * (bench/README.md, "Short lists").
 */
const MIN_STREAMED_ITEMS = 300;

const RESOLVERS_ANSWER_BYTES = Buffer.from(RESOLVERS_ANSWER_TEXT);

/**
 * Answers a query in one SQL statement that builds the whole response as
 * JSON, passed through as bytes (one large list may come as rows of their
 * own: list-stream.ts), when every field it selects can be read so:
 * an entity's own columns (plain-columns.ts), or a field a part declares
 * (`DomainPart.sqlFields`). Anything else (a computed field, a rule in
 * Node, a directive, a mutation) and the operation runs through the resolvers
 * as before; so does one whose SQL says the resolvers must answer
 * (RESOLVERS_ANSWER). Authorization is the resolvers': a field that
 * `@Authorized` refuses sends the operation to them, to refuse it there.
 * A statement is written once per operation, role, day and variables
 * (kept-statements.ts), then only run.
 */
export class SqlReads {
  private readonly columns = new PlainColumns();
  private readonly roles = new Map<string, Roles>();
  /** Operations with a field that no SQL can read, whatever the arguments. */
  private readonly unreadable = new WeakMap<OperationDefinitionNode, true>();
  private readonly kept = new KeptStatements();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fields: SqlFields,
    private readonly authChecker: AuthCheckerFn<RequestContext, string>,
  ) {
    collectRoles(this.roles);
  }

  /** The operation's `data`, read in one statement; undefined when the resolvers must answer. */
  async read(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, ctx: RequestContext): Promise<RawJson | undefined> {
    if (operation.operation !== 'query' || this.unreadable.has(operation)) return undefined;
    const today = vietnamDate(ctx.clock());
    const key = this.kept.keyOf(operation, ctx.viewer?.role, today, variables);
    const found = key === undefined ? undefined : this.kept.get(key);
    let statement = found;
    if (statement === undefined) {
      statement = this.write(document, operation, variables, ctx, today, true);
      if (key !== undefined && statement !== undefined) this.kept.set(key, statement);
    }
    if (!statement) return undefined;
    let answer: Answer;
    try {
      answer = await run(statement, ctx.reader);
    } catch (error) {
      // The resolvers answer as they would have, with their own errors; the log keeps this one.
      ctx.logger.warn({ err: error }, 'a one-statement read failed: the resolvers answer instead');
      return undefined;
    }
    // A short list costs less aggregated by PostgreSQL than sent as rows: once the statement is asked
    // again (a one-off would be written twice), it aggregates it. The day in the key makes it choose again daily.
    let answeredBy = statement;
    if (found && statement.streamed && answer.items < MIN_STREAMED_ITEMS) {
      const aggregated = this.write(document, operation, variables, ctx, today, false);
      if (aggregated) this.kept.replace(key!, statement, (answeredBy = aggregated));
    }
    const data = dataOf(answer);
    if (data === undefined) return undefined;
    // Asked again: the request may be answered from this statement next time, before GraphQL (kept-answers.ts).
    if (found) ctx.record.answeredBy = { statement: answeredBy, today };
    return new RawJson(typeof data === 'string' ? Buffer.from(data) : data);
  }

  /**
   * The statement; `streams`: whether one list may come as rows of their own
   * (list-stream.ts). Null when the resolvers must answer; undefined when a
   * part's read threw, whose cause may pass: not to be kept.
   */
  private write(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    ctx: RequestContext,
    today: string,
    streams: boolean,
  ): KeptStatement | null | undefined {
    const query = this.schema.getQueryType();
    if (!query) return null;
    const statement = new Statement(this, fragmentsOf(document), variables, ctx, today, streams);
    let data: string | undefined;
    try {
      data = statement.object(query, operation.selectionSet, '');
    } catch (error) {
      // A part's read that throws on its arguments: the resolvers judge them, with their own errors.
      ctx.logger.debug({ err: error }, 'a one-statement read could not be written: the resolvers answer');
      return undefined;
    }
    if (data === undefined) {
      if (statement.unreadableField) this.unreadable.set(operation, true);
      return null;
    }
    const ctes = statement.ctes.length ? `with ${statement.ctes.join(',\n')}\n` : '';
    return statement.stream
      ? { text: streamStatement(ctes, data, statement.stream), values: statement.values, streamed: true }
      : { text: `${ctes}select ${data} as data`, values: statement.values, streamed: false };
  }

  /** @internal Statement's view of the registry. */
  fieldRead(type: GraphQLObjectType, name: string) {
    return this.fields[type.name]?.[name];
  }

  /** @internal */
  column(ctx: RequestContext, type: GraphQLObjectType, name: string) {
    return this.columns.of(() => ctx.em, type, name);
  }

  /** @internal Whether `@Authorized` lets the caller read the field (its refusal is the resolvers' to give). */
  allowed(ctx: RequestContext, type: GraphQLObjectType, name: string): boolean {
    const roles = this.roles.get(`${type.name}.${name}`);
    if (roles === undefined) return true;
    try {
      return this.authChecker({ context: ctx, root: undefined, args: {}, info: undefined as never }, roles) === true;
    } catch {
      return false;
    }
  }
}

/** One statement being written: its parameters, its aliases. */
class Statement {
  readonly values: unknown[] = [];
  /** Set when a field has no SQL at all (not merely for these arguments). */
  unreadableField = false;
  private aliases = 0;
  /** Per row alias, the joins its selection asked for, by what they join (table and key). */
  private readonly joinsOn = new Map<string, Map<string, { alias: string; sql: string }>>();
  /** What a read left for the fields of the selection over an alias. */
  private readonly scopes = new Map<string, unknown>();
  readonly ctes: string[] = [];
  /** The list sent as rows of their own (list-stream.ts), if one can be. */
  stream: ListStream | undefined;
  /** How many lists enclose the field being written: a list inside one is written once per item. */
  private listDepth = 0;

  constructor(
    private readonly reads: SqlReads,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly ctx: RequestContext,
    private readonly today: string,
    private readonly streams: boolean,
  ) {}

  /** The selection on `type` as one JSON object (text) over the row `alias`. */
  object(type: GraphQLObjectType, selectionSet: SelectionSetNode, alias: string): string | undefined {
    const nodes = this.fieldsOf(type, selectionSet);
    if (!nodes) return this.unreadable();
    const parts: string[] = [];
    for (const [i, node] of nodes.entries()) {
      const value = this.field(type, node, alias);
      if (value === undefined) return undefined;
      parts.push(`'${i === 0 ? '{' : ','}"${(node.alias ?? node.name).value}":'`, value);
    }
    parts.push(`'}'`);
    return `(${parts.join(' || ')})`;
  }

  private field(type: GraphQLObjectType, node: FieldNode, alias: string): string | undefined {
    const name = node.name.value;
    if (name === '__typename') return `'"${type.name}"'`;
    const definition = type.getFields()[name];
    if (!definition) return this.unreadable();
    if (!this.reads.allowed(this.ctx, type, name)) return undefined;
    const read = this.reads.fieldRead(type, name);
    if (read) {
      const named = getNamedType(definition.type);
      const field: SqlFieldRead = {
        parent: alias,
        args: getArgumentValues(definition, node, this.variables),
        select: (child, scope) => {
          if (!isObjectType(named) || !node.selectionSet) return undefined;
          if (scope !== undefined) this.scopes.set(child, scope);
          const many = isListType(getNullableType(definition.type));
          if (many) this.listDepth++;
          try {
            return this.object(named, node.selectionSet, child);
          } finally {
            if (many) this.listDepth--;
          }
        },
        list: (item, from, order, { empty = `'[]'`, uncorrelated = false } = {}) => {
          if (!this.streams || !uncorrelated || this.listDepth > 0 || this.stream) return jsonList(item, from, order, empty);
          this.stream = { item, from, order, empty };
          return STREAM_MARK_SQL;
        },
        scope: this.scopes.get(alias),
        param: (value, sqlType) => {
          this.values.push(value);
          return sqlType ? `$${this.values.length}::${sqlType}` : `$${this.values.length}`;
        },
        with: (sql) => {
          const name = `with${++this.aliases}`;
          this.ctes.push(`${name} as (${sql})`);
          return name;
        },
        alias: (prefix) => this.alias(prefix),
        joinOne: (table, key, from = alias) => this.joinOne(alias, table, `${from}.${key}`),
        joins: (parent) => [...(this.joinsOn.get(parent)?.values() ?? [])].map((join) => join.sql).join(''),
        today: this.today,
        knex: this.ctx.reader.knex,
      };
      return read(field);
    }
    const column = node.selectionSet ? undefined : this.reads.column(this.ctx, type, name);
    return column ? column(alias) : this.unreadable();
  }

  /** The fields selected on `type`, through fragments on that type; undefined for directives or a response name given twice. */
  private fieldsOf(type: GraphQLObjectType, selectionSet: SelectionSetNode, into: FieldNode[] = [], names = new Set<string>()): FieldNode[] | undefined {
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) return undefined;
      if (selection.kind === Kind.FIELD) {
        const name = (selection.alias ?? selection.name).value;
        if (names.has(name)) return undefined;
        names.add(name);
        into.push(selection);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return undefined;
      if (!this.fieldsOf(type, fragment.selectionSet, into, names)) return undefined;
    }
    return into;
  }

  private joinOne(parent: string, table: string, key: string): string {
    let joins = this.joinsOn.get(parent);
    if (!joins) this.joinsOn.set(parent, (joins = new Map()));
    const what = `${table} on ${key}`;
    const made = joins.get(what);
    if (made) return made.alias;
    const joined = this.alias(table.charAt(0));
    joins.set(what, { alias: joined, sql: ` left join ${table} ${joined} on ${joined}.id = ${key}` });
    return joined;
  }

  private alias(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }

  private unreadable(): undefined {
    this.unreadableField = true;
    return undefined;
  }
}

/**
 * The answer's JSON (undefined: see joinStream), and how many items its
 * streamed list had. Text where PostgreSQL built it whole: a kept answer
 * writes it into the response as it is, one UTF-8 encoding, not two.
 */
interface Answer {
  data: string | Buffer | undefined;
  items: number;
}

async function run(statement: KeptStatement, reader: Reader): Promise<Answer> {
  if (statement.streamed) {
    const rows = await runNamedRead<StreamRow>(reader, statement.text, statement.values);
    return { data: joinStream(rows), items: rows.length - 1 };
  }
  const [{ data }] = await runNamedRead<{ data: string }>(reader, statement.text, statement.values);
  return { data, items: 0 };
}

/** The `data` an answer gives, undefined where the resolvers must answer. */
function dataOf({ data }: Answer): string | Buffer | undefined {
  if (data === undefined) return undefined;
  return (typeof data === 'string' ? data.includes(RESOLVERS_ANSWER_TEXT) : data.includes(RESOLVERS_ANSWER_BYTES)) ? undefined : data;
}

/** A kept statement's `data`, undefined where the resolvers must answer (the request then goes to GraphQL). */
export async function runKept(statement: KeptStatement, reader: Reader): Promise<string | Buffer | undefined> {
  return dataOf(await run(statement, reader));
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** `@Authorized` roles per "Type.field", as type-graphql recorded them ([] for any caller with a token). */
function collectRoles(roles: Map<string, Roles>): void {
  const storage = getMetadataStorage();
  for (const query of storage.queries) if (query.roles) roles.set(`Query.${query.schemaName}`, query.roles as string[]);
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  for (const resolver of storage.fieldResolvers) {
    const typeName = typeNames.get(resolver.getObjectType?.());
    if (typeName && resolver.roles) roles.set(`${typeName}.${resolver.schemaName}`, resolver.roles as string[]);
  }
  for (const field of storage.fields) {
    const typeName = typeNames.get(field.target);
    if (typeName && field.roles) roles.set(`${typeName}.${field.schemaName}`, field.roles as string[]);
  }
}
