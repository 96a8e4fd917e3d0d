import pg from 'pg';

let installed = false;

/**
 * PostgreSQL `date` values stay 'YYYY-MM-DD' strings: turning a calendar date
 * into a JS Date would shift it by the process's time zone.
 */
export function installPgTypeParsers(): void {
  if (installed) return;
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  installed = true;
}
