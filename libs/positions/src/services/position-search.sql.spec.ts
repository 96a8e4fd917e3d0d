import { describe, expect, it } from '@jest/globals';
import type { Scope } from '@igu/access';
import { PositionStatus } from '../position.enums.js';
import { countSql, listSql, SqlParams, visibleParts } from './position-search.sql.js';

const { DRAFT, OPEN, CLOSED } = PositionStatus;
const company: Scope = { kind: 'company', companyId: 'c1' };
/** The entity's columns, qualified by the alias (EntityRows.columns). */
const columns = (alias: string) => `${alias}.id`;

describe('which positions a viewer lists', () => {
  const parts = (scope: Scope, statuses?: PositionStatus[]) => {
    const params = new SqlParams();
    return { sql: visibleParts(scope, statuses, params), values: params.values };
  };

  it('defaults to OPEN for everyone, plus the other statuses of an employer’s own company', () => {
    expect(parts({ kind: 'jobcentre', jobcentreId: 'j' })).toEqual({ sql: [`p.status = 'OPEN'`], values: [] });
    expect(parts({ kind: 'admin' })).toEqual({ sql: [`p.status = 'OPEN'`], values: [] });
    expect(parts(company)).toEqual({
      sql: [`p.status = 'OPEN'`, 'p.company_id = $1 AND p.status = ANY($2::position_status[])'],
      values: ['c1', ['DRAFT', 'FILLED', 'CLOSED']],
    });
  });

  it('lets statuses narrow but never widen what may be seen', () => {
    expect(parts(company, [DRAFT])).toEqual({
      sql: ['p.company_id = $1 AND p.status = ANY($2::position_status[])'],
      values: ['c1', ['DRAFT']],
    });
    expect(parts(company, [OPEN]).sql).toEqual([`p.status = 'OPEN'`]);
    expect(parts({ kind: 'union', unionId: 'u' }, [DRAFT, CLOSED]).sql).toEqual([]);
    expect(parts({ kind: 'admin' }, [DRAFT, CLOSED])).toEqual({
      sql: ['p.status = ANY($1::position_status[])'],
      values: [['DRAFT', 'CLOSED']],
    });
  });

  it('adds the counts of disjoint parts and merges their pages', () => {
    expect(countSql(['a', 'b'], ['c'])).toBe(
      'SELECT ((SELECT count(*) FROM position p WHERE a AND c) + (SELECT count(*) FROM position p WHERE b AND c))::int AS n',
    );
    const merged = listSql(['a', 'b'], [], [], '$9', columns);
    expect(merged).toMatch(
      /\(SELECT p\.id, .* WHERE a ORDER BY .* LIMIT \$9\) UNION ALL \(SELECT p\.id, .* WHERE b ORDER BY .* LIMIT \$9\)/,
    );
    expect(merged).toMatch(/ORDER BY sort_key DESC, id DESC LIMIT \$9\) page ON true/);
    expect(listSql(['a'], ['c'], [], '$1', columns)).not.toContain('UNION');
  });

  it('counts the whole filter in the page statement, the page alone after the cursor', () => {
    const sql = listSql(['a'], ['c'], ['k'], '$1', columns);
    expect(sql).toContain('(SELECT ((SELECT count(*) FROM position p WHERE a AND c))::int AS total) counted');
    expect(sql).toMatch(/SELECT p\.id, .* FROM position p WHERE a AND c AND k ORDER BY .* LIMIT \$1\) page ON true/);
    expect(sql).toMatch(/^SELECT counted\.total, page\.sort_at, page\.id\s/);
  });
});
