// Drizzle builds a statement's SQL and asks SQLite to prepare it on every call,
// about 50 µs each: most of a roll import's time per row. These reads and writes build
// each statement once per connection and shape (which columns are given) and
// then only bind values. The SQL is the one drizzle would build for the same
// values, column defaults included, so callers see no difference.
import { eq, getTableName, sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the cache is keyed by the connection object
type AnyDatabase = BetterSQLite3Database<any>;
type Statement = { run(values: Record<string, unknown>): unknown; get(values: Record<string, unknown>): unknown };

const preparedFor = new WeakMap<AnyDatabase, Map<string, Statement>>();

function cached(db: AnyDatabase, key: string, build: () => Statement): Statement {
  let statements = preparedFor.get(db);
  if (!statements) {
    statements = new Map();
    preparedFor.set(db, statements);
  }
  let statement = statements.get(key);
  if (!statement) {
    statement = build();
    statements.set(key, statement);
  }
  return statement;
}

/** Only the keys given a value: drizzle leaves an undefined key to the column's default, and so must the cached statement. */
function givenKeys(values: Record<string, unknown>): string[] {
  return Object.keys(values)
    .filter((key) => values[key] !== undefined)
    .sort();
}

const placeholders = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)]));

/** `db.insert(table).values(values).run()`, prepared once per shape. */
export function insertRow<T extends SQLiteTable>(db: AnyDatabase, table: T, values: InferInsertModel<T>): void {
  const given = values as Record<string, unknown>;
  const keys = givenKeys(given);
  const statement = cached(db, `insert ${getTableName(table)} ${keys.join(',')}`, () =>
    db
      .insert(table)
      .values(placeholders(keys) as InferInsertModel<T>)
      .prepare(),
  );
  statement.run(given);
}

/** `db.update(table).set(values).where(eq(table.id, id)).run()`, prepared once per shape. */
export function updateRowById<T extends SQLiteTable & { id: SQLiteColumn }>(
  db: AnyDatabase,
  table: T,
  id: string,
  values: Partial<InferInsertModel<T>>,
): void {
  const given = values as Record<string, unknown>;
  const keys = givenKeys(given);
  if (keys.length === 0) return;
  const statement = cached(db, `update ${getTableName(table)} ${keys.join(',')}`, () =>
    db
      .update(table)
      .set(placeholders(keys) as Partial<InferInsertModel<T>>)
      .where(eq(table.id, sql.placeholder('whereId')))
      .prepare(),
  );
  statement.run({ ...given, whereId: id });
}

/** `db.select().from(table).where(eq(table.id, id)).get()`, prepared once per connection. */
export function selectRowById<T extends SQLiteTable & { id: SQLiteColumn }>(
  db: AnyDatabase,
  table: T,
  id: string,
): InferSelectModel<T> | undefined {
  const statement = cached(db, `select ${getTableName(table)}`, () =>
    db
      .select()
      .from(table as SQLiteTable)
      .where(eq(table.id, sql.placeholder('whereId')))
      .prepare(),
  );
  return statement.get({ whereId: id }) as InferSelectModel<T> | undefined;
}
