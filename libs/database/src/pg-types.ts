import pg from 'pg';

const DATE_OID = 1082;

let installed = false;

/**
 * PostgreSQL `date` values stay 'YYYY-MM-DD' strings: turning a calendar date
 * into a JS Date would shift it by the process's time zone.
 */
export function installPgTypeParsers(): void {
  if (installed) return;
  pg.types.setTypeParser(DATE_OID, (value: string) => value);
  installed = true;
}
