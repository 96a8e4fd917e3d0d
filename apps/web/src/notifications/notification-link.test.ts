import { describe, expect, it } from 'vitest';
import { needsProposalLookup, notificationLink, notificationsPath } from './notification-link.js';

describe('notification links', () => {
  it('leads each role to its own page of the subject', () => {
    expect(notificationLink('EMPLOYER', 'POSITION', 'p1')).toBe('/employer/positions/p1');
    expect(notificationLink('EMPLOYER', 'PROGRAMME', 'g1')).toBe('/employer/programmes/g1');
    expect(notificationLink('JOBCENTRE', 'CANDIDATE', 'c1')).toBe('/jobcentre/candidates/c1');
    expect(notificationLink('JOBCENTRE', 'PROPOSAL', 'x')).toBe('/jobcentre/proposals');
    expect(notificationLink('UNION_REP', 'PROGRAMME', 'g1')).toBe('/union/programmes/g1');
    expect(notificationLink('UNION_REP', 'CANDIDATE', 'c1')).toBeNull();
    expect(notificationLink('JOBCENTRE', null, null)).toBeNull();
  });

  it("looks up an employer's proposal's position", () => {
    expect(needsProposalLookup('EMPLOYER', 'PROPOSAL')).toBe(true);
    expect(needsProposalLookup('JOBCENTRE', 'PROPOSAL')).toBe(false);
    expect(notificationsPath('UNION_REP')).toBe('/union/notifications');
  });
});
