import type { Knex } from '@mikro-orm/postgresql';

/**
 * Adds "any of these columns contains the term, ignoring case and diacritics":
 * "dat san xuat" finds "đất sản xuất". unaccent maps đ to d; ilike then folds
 * the remaining ASCII case, whatever the database's collation.
 */
export function whereTextMatches(qb: Knex.QueryBuilder, columns: readonly string[], term: string): void {
  const pattern = `%${term.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  qb.where((inner) => {
    for (const column of columns) {
      inner.orWhereRaw(`unaccent(coalesce(??, '')) ilike unaccent(?)`, [column, pattern]);
    }
  });
}

/** The task with this code and its sub-items, whose codes extend it ("III.2.b" covers "III.2.b.1.2"). */
export function whereTaskInSubtree(qb: Knex.QueryBuilder, codeColumn: string, taskCode: string): void {
  const escaped = taskCode.replace(/[\\%_]/g, (c) => `\\${c}`);
  qb.where((inner) => inner.where(codeColumn, taskCode).orWhere(codeColumn, 'like', `${escaped}.%`));
}
