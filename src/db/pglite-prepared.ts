import { parse as results, protocol, type messages, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

/** What Drizzle and the rest of the code call on a PGlite client. */
export interface PGliteClient {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T>;
}

interface Statement {
  name: string;
  paramTypes: number[];
  /** The columns it returns (from describing it once): executions then need no description. */
  fields: { name: string; dataTypeID: number }[];
}

/** The most statements kept prepared; the least recently used one is closed beyond it. */
const CAPACITY = 500;

/**
 * PGlite with a prepared-statement cache, as PostgreSQL drivers keep one per connection.
 *
 * PGlite's own `query` parses and plans every statement again and talks to the engine six times per
 * query (parse, describe, bind, describe, execute, sync). The embedded database is one session, so a
 * statement prepared once (by its text) can be reused by every later request: each query is then one
 * exchange (bind, describe, execute, sync) and PostgreSQL reuses the parse and, where it pays, the plan.
 * Measured on the report workflow: a session lookup 0.41 → 0.09 ms (docs/benchmarks.md, "Month-end rush").
 *
 * Locking is PGlite's own: outside a transaction a query waits for any open transaction, as
 * `PGlite.query` does; inside one it runs in the transaction's turn.
 */
export function withPreparedStatements(pg: PGlite): PGliteClient {
  const statements = new Map<string, Statement>();
  let counter = 0;

  const concat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };

  async function prepare(text: string): Promise<Statement> {
    const cached = statements.get(text);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      statements.delete(text);
      statements.set(text, cached);
      return cached;
    }
    const name = `tt_${++counter}`;
    const { messages } = await pg.execProtocol(
      concat([protocol.serialize.parse({ name, text, types: [] }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]),
    );
    const description = messages.find((m): m is messages.RowDescriptionMessage => m.name === 'rowDescription');
    const statement = {
      name,
      paramTypes: results.parseDescribeStatementResults(messages),
      fields: description?.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) ?? [],
    };
    statements.set(text, statement);
    if (statements.size > CAPACITY) {
      const [oldestText, oldest] = statements.entries().next().value as [string, Statement];
      statements.delete(oldestText);
      await pg.execProtocol(concat([protocol.serialize.close({ type: 'S', name: oldest.name }), protocol.serialize.sync()]));
    }
    return statement;
  }

  async function run<T>(text: string, params: unknown[], options: QueryOptions | undefined, retried = false): Promise<Results<T>> {
    if (pg.closed) throw new Error('PGlite is closed');
    let statement: Statement | undefined;
    try {
      statement = await prepare(text);
      const paramTypes = statement.paramTypes;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = paramTypes[i]!;
        const serialize = options?.serializers?.[type] ?? pg.serializers[type];
        return serialize ? serialize(value) : String(value);
      });
      const { messages: answer } = await pg.execProtocol(
        concat([protocol.serialize.bind({ statement: statement.name, values }), protocol.serialize.execute({}), protocol.serialize.sync()]),
      );
      return resultOf<T>(answer, statement.fields, options);
    } catch (err) {
      // A table changed under a prepared statement (a migration): prepare it again — once, and only
      // outside a transaction (inside one the error has already aborted it: the caller sees the error).
      if (statement && (err as { code?: string }).code === '0A000') {
        statements.delete(text);
        await pg.execProtocol(concat([protocol.serialize.close({ type: 'S', name: statement.name }), protocol.serialize.sync()]));
        if (!retried && !pg.isInTransaction()) return run<T>(text, params, options, true);
      }
      throw Object.assign(err as Error, { query: text, params });
    }
  }

  /**
   * The rows as PGlite's own parseResults builds them, without copying every type parser into a new
   * object for each query (a tenth of the server's time under load when Drizzle passes its parsers).
   */
  function resultOf<T>(answer: messages.BackendMessage[], fields: Statement['fields'], options: QueryOptions | undefined): Results<T> {
    const custom = options?.parsers;
    const parsers = fields.map((f) => custom?.[f.dataTypeID] ?? pg.parsers[f.dataTypeID]);
    const asArray = options?.rowMode === 'array';
    const rows: unknown[] = [];
    let affectedRows = 0;
    for (const m of answer) {
      if (m.name === 'dataRow') {
        const values = (m as messages.DataRowMessage).fields.map((v, i) => {
          const parse = parsers[i];
          return v === null ? null : parse ? parse(v, fields[i]!.dataTypeID) : v;
        });
        rows.push(asArray ? values : Object.fromEntries(values.map((v, i) => [fields[i]!.name, v])));
      } else if (m.name === 'commandComplete') {
        const words = (m as messages.CommandCompleteMessage).text.split(' ');
        if (['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY'].includes(words[0]!)) affectedRows += Number(words.at(-1)) || 0;
      }
    }
    return { rows: rows as T[], fields, affectedRows };
  }

  /** One exchange with the engine at a time (PGlite's query lock). */
  const inTurn = <T>(fn: () => Promise<T>) => pg.runExclusive(fn);

  return {
    query<T>(text: string, params: unknown[] = [], options?: QueryOptions) {
      return pg._runExclusiveTransaction(() => inTurn(() => run<T>(text, params, options)));
    },
    // Several statements in one text (pg-boss's schema) go through the simple protocol, as PGlite runs them.
    exec: (text, options) => pg.exec(text, options),
    transaction<T>(callback: (tx: Transaction) => Promise<T>) {
      return pg.transaction((tx) => {
        const prepared: Transaction = Object.create(tx, {
          query: { value: <R>(text: string, params: unknown[] = [], options?: QueryOptions) => (tx.closed ? tx.query<R>(text, params, options) : inTurn(() => run<R>(text, params, options))) },
        });
        return callback(prepared);
      });
    },
  };
}
