// Pure programme and proposal rules (domain guide §2–§4): no Nest, no database.
export * from './rules/calendar-date.js';
export * from './rules/programme-enums.js';
export * from './rules/rule-violation.js';
export * from './rules/school-periods.js';
export * from './rules/programme-rules.js';
export * from './rules/transition.js';
export * from './rules/programme-state.js';
export * from './rules/proposal-state.js';
