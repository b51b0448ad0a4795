// Raw SQL for tests that must go around the store (lifting protections to tamper, inspecting rows):
// runs the statements in order on one connection and returns the rows of the last.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlSuiteContext } from '../sql-suite.js';

type RawSql = SqlSuiteContext['raw'];

export function rawSqlOnPostgres(connectionString: () => string): RawSql {
  return async (statements, params = []) => {
    const client = new pg.Client({ connectionString: connectionString() });
    await client.connect();
    try {
      let rows: Record<string, unknown>[] = [];
      for (const [index, statement] of statements.entries()) {
        rows = (await client.query(statement, index === statements.length - 1 ? [...params] : [])).rows as Record<string, unknown>[];
      }
      return rows;
    } finally {
      await client.end();
    }
  };
}

export function rawSqlOnPglite(pglite: () => Promise<PGlite>): RawSql {
  return async (statements, params = []) => {
    const database = await pglite();
    let rows: Record<string, unknown>[] = [];
    for (const [index, statement] of statements.entries()) {
      rows = (await database.query<Record<string, unknown>>(statement, index === statements.length - 1 ? [...params] : [])).rows;
    }
    return rows;
  };
}
