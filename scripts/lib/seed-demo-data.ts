import type { DataSource } from 'typeorm';

/**
 * Demo users, companies, positions and candidates for `npm run dev`. Each
 * feature adds its part here with natural keys and upserts, so a second start
 * seeds nothing twice. Returns a one-line summary.
 */
export const DEMO_PASSWORD = 'igu-demo-password';

export async function seedDemoData(dataSource: DataSource): Promise<string> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM municipality');
  return `${count} municipalities (accounts, positions and candidates arrive with their features)`;
}
