export { PositionKind, PositionStatus } from './position.enums.js';
export { PositionEvent, type PositionEventPayload, type PositionTopic, POSITION_AGGREGATE } from './events/position.events.js';
export { PositionEntity } from './entities/position.entity.js';
export { PositionSkillEntity } from './entities/position-skill.entity.js';
export { PositionStartDateChangeEntity } from './entities/position-start-date-change.entity.js';
export { PositionService } from './services/position.service.js';
export { PositionQueryService } from './services/position-query.service.js';
export { PositionCommands, type OpenPosition, type ProgrammeTerms } from './services/position-commands.js';
export { type PositionProgrammes, PositionProgrammesPort } from './services/position-programmes.port.js';
export { PositionLoaders } from './graphql/position.loaders.js';
export { PositionObject, PositionConnection, PositionSkillObject, GeoPointObject } from './graphql/position.object.js';
export { canViewPosition } from './rules/position-transitions.js';
export { type PositionDraft } from './rules/position-rules.js';
export type { NewPosition, PositionChanges } from './rules/position-draft.js';
export { PositionsGraphqlModule, PositionsModule } from './positions.module.js';

import { PositionSkillEntity as Skill } from './entities/position-skill.entity.js';
import { PositionStartDateChangeEntity as StartDateChange } from './entities/position-start-date-change.entity.js';
import { PositionEntity as Position } from './entities/position.entity.js';

export const positionEntities = [Position, Skill, StartDateChange];
export { PositionException, PositionExceptionCode } from './errors/position.exception.js';
