import { type Actor, Role } from '@igu/access';
import { PasswordHasher } from '@igu/auth';
import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'igu-demo-password';

/** A private company in Aarhus (751); CVR 30000005 passes modulus 11. */
const DEMO_COMPANY = { cvr: '30000005', name: 'Aarhus Demo Byg ApS', municipalityCode: 751, employeeCount: 45 };

/**
 * Demo accounts, companies, positions and candidates for `npm run dev`. Natural
 * keys and ON CONFLICT DO NOTHING: a second start seeds nothing twice.
 * (The admin comes from BOOTSTRAP_ADMIN_* like in production.)
 */
export async function seedDemoData(dataSource: DataSource): Promise<string> {
  const hasher = new PasswordHasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO company (cvr, name, municipality_code, public_employer, employee_count)
       VALUES ($1, $2, $3, false, $4) ON CONFLICT (cvr) DO NOTHING`,
      [DEMO_COMPANY.cvr, DEMO_COMPANY.name, DEMO_COMPANY.municipalityCode, DEMO_COMPANY.employeeCount],
    );
    const users = [
      { email: 'employer@demo.test', name: 'Emil Employer', role: Role.EMPLOYER, org: `(SELECT id FROM company WHERE cvr = '${DEMO_COMPANY.cvr}')` },
      { email: 'jobcentre@demo.test', name: 'Jette Jobcenter', role: Role.JOBCENTRE, org: '(SELECT jobcentre_id FROM municipality WHERE code = 101)' },
      { email: 'union@demo.test', name: 'Ulrik 3F', role: Role.UNION_REP, org: `(SELECT id FROM trade_union WHERE code = '3f')` },
    ] satisfies { email: string; name: string; role: Exclude<Actor['role'], Role.ADMIN>; org: string }[];
    let created = 0;
    for (const user of users) {
      const column = { EMPLOYER: 'company_id', JOBCENTRE: 'jobcentre_id', UNION_REP: 'union_id' }[user.role];
      const result = await manager.query(
        `INSERT INTO app_user (email, password_hash, display_name, role, ${column})
         VALUES ($1, $2, $3, $4, ${user.org}) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [user.email, passwordHash, user.name, user.role],
      );
      created += (result as unknown[]).length;
    }
    return `${created} new demo users (admin, employer, jobcentre and union @demo.test; password ${DEMO_PASSWORD})`;
  });
}
