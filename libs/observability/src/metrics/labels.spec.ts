import { describe, expect, it } from '@jest/globals';
import { MAX_OPERATION_NAMES, OperationNames, routeLabel } from './labels.js';

describe('metric labels', () => {
  it('keeps operation names that look like names, buckets the rest', () => {
    const names = new OperationNames();
    expect(names.label('PositionsList')).toBe('PositionsList');
    expect(names.label('Step2Details')).toBe('Step2Details');
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
    expect(names.label('q0101901234')).toBe('other'); // a CPR in a name
    expect(names.label('p_3f2a9c1e4b5d6a7f8e9d0c1b2a3f4e5d')).toBe('other'); // a hex id
    expect(names.label('x'.repeat(65))).toBe('other');
  });

  it('stops adding names after MAX_OPERATION_NAMES', () => {
    const names = new OperationNames();
    const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) expect(names.label(`Op${letters(i)}`)).not.toBe('other');
    expect(names.label('OneTooMany')).toBe('other');
    expect(names.label('Opaa')).toBe('Opaa');
  });

  it('labels routes by template or mount, never by URL', () => {
    expect(routeLabel({ path: '/proposals/:id/interview.ics' }, '', '/proposals/7d1…/interview.ics', [])).toBe(
      '/proposals/:id/interview.ics',
    );
    expect(routeLabel(undefined, '', '/graphql', ['/graphql'])).toBe('/graphql');
    expect(routeLabel({ path: '/graphql{/*splat}' }, '', '/graphql', [])).toBe('/graphql');
    expect(routeLabel({ path: '{/*splat}' }, '', '/nowhere/0101901234', [])).toBe('other');
    expect(routeLabel(undefined, '', '/assets/index-abc.js', ['/graphql', '/assets'])).toBe('/assets');
    expect(routeLabel(undefined, '', '/employer/positions/123', ['/graphql'])).toBe('other');
  });
});
