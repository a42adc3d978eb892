import type { ReactNode } from 'react';
import { AppLink } from './app-link.tsx';
import styles from './master-data.module.css';

export interface Column<T> {
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
  /** Amounts and quantities: right-aligned, figures under figures. */
  readonly numeric?: boolean;
}

/**
 * A list of master data as a table named `label`: one row per entity, its first column a link to the
 * entity's form (the key a head-office user knows it by), the others what tells the rows apart.
 */
export function EntityTable<T>({
  label,
  columns,
  rows,
  keyOf,
  hrefOf,
  empty,
}: {
  label: string;
  columns: readonly [Column<T>, ...Column<T>[]];
  rows: readonly T[];
  keyOf: (item: T) => string;
  hrefOf: (item: T) => string;
  /** What to say when there are no rows. */
  empty: string;
}) {
  if (rows.length === 0) return <p className={styles.empty}>{empty}</p>;
  const [first, ...rest] = columns;
  return (
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? styles.number : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => (
          <tr key={keyOf(item)}>
            <th scope="row">
              <AppLink href={hrefOf(item)}>{first.cell(item)}</AppLink>
            </th>
            {rest.map((column) => (
              <td key={column.header} className={column.numeric ? styles.number : undefined}>
                {column.cell(item)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
