import {
  IconBriefcase,
  IconCalendarStats,
  IconChecklist,
  IconSearch,
  IconSend,
  IconUsers,
  IconUsersGroup,
  IconRefresh,
  IconMap,
  IconChartBar,
  IconFileImport,
  IconShieldLock,
} from '@tabler/icons-react';
import type { Role } from '../graphql/generated/graphql.js';

export interface NavItem {
  path: string;
  /** i18n key */
  label: string;
  icon: typeof IconBriefcase;
}

/**
 * What each role works with; the first item is the role's home. Paths are
 * prefixed by role so none collides with the API's own routes (/admin,
 * /candidates/…, /proposals/…), which the page fallback leaves alone.
 */
export const NAVIGATION: Record<Role, readonly NavItem[]> = {
  EMPLOYER: [
    { path: '/employer/positions', label: 'nav.positions', icon: IconBriefcase },
    { path: '/employer/programmes', label: 'nav.programmes', icon: IconCalendarStats },
    { path: '/employer/denmark', label: 'map.nav', icon: IconMap },
    { path: '/employer/statistics', label: 'statistics.nav', icon: IconChartBar },
  ],
  JOBCENTRE: [
    { path: '/jobcentre/candidates', label: 'nav.candidates', icon: IconUsersGroup },
    { path: '/jobcentre/positions', label: 'nav.positionSearch', icon: IconSearch },
    { path: '/jobcentre/proposals', label: 'nav.proposals', icon: IconSend },
    { path: '/jobcentre/handover', label: 'nav.handover', icon: IconFileImport },
    { path: '/jobcentre/denmark', label: 'map.nav', icon: IconMap },
    { path: '/jobcentre/statistics', label: 'statistics.nav', icon: IconChartBar },
  ],
  UNION_REP: [
    { path: '/union/approvals', label: 'nav.approvals', icon: IconChecklist },
    { path: '/union/denmark', label: 'map.nav', icon: IconMap },
    { path: '/union/statistics', label: 'statistics.nav', icon: IconChartBar },
  ],
  ADMIN: [
    { path: '/administration/users', label: 'nav.users', icon: IconUsers },
    { path: '/administration/matching', label: 'nav.matching', icon: IconRefresh },
    { path: '/administration/data-protection', label: 'nav.dataProtection', icon: IconShieldLock },
    { path: '/administration/denmark', label: 'map.nav', icon: IconMap },
    { path: '/administration/statistics', label: 'statistics.nav', icon: IconChartBar },
  ],
};

export const homeOf = (role: Role): string => NAVIGATION[role][0].path;
