const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else cannot exist, so callers answer NOT_FOUND without asking the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
