import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * An entity read by hand-written SQL that TypeORM's query builder cannot
 * express in one statement (a page with its total, a union of index scans):
 * `columns` selects every column TypeORM would select, under its database
 * name, and `hydrate` turns a row into the entity as TypeORM's own reads do
 * (column types, transformers), from the entity's metadata. Other columns of
 * the statement are the caller's, under names the entity does not use.
 */
export class EntityRows<Entity extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly selected: readonly ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<Entity>,
  ) {
    this.metadata = dataSource.getMetadata(target);
    this.selected = this.metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  }

  /** `alias."column", …`: the selected columns, qualified. */
  columns(alias: string): string {
    const escape = (name: string) => this.dataSource.driver.escape(name);
    return this.selected.map((column) => `${escape(alias)}.${escape(column.databaseName)}`).join(', ');
  }

  hydrate(row: Readonly<Record<string, unknown>>): Entity {
    const entity = this.metadata.create() as Entity;
    for (const column of this.selected) {
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
