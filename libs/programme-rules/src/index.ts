// Pure programme and proposal rules (docs/domain.md §2–§4): no Nest, no database.
export * from './programme-enums.js';
export * from './rule-violation.js';
export * from './school-periods.js';
export * from './programme-rules.js';
export * from './transition.js';
export * from './programme-state.js';
export * from './proposal-state.js';
export * from './input-limits.js';
