export { Role, scopeOf, type Actor, type Scope } from './actor.js';
export { CurrentActor, OptionalActor, Public, PUBLIC_KEY, requestOf, Roles, ROLES_KEY } from './decorators.js';
