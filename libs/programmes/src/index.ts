export { ProgrammeEntity } from './entities/programme.entity.js';
export { ProgrammeApprovalEntity } from './entities/programme-approval.entity.js';
export { ProgrammeService, type NewProgramme, type ProgrammeFields } from './services/programme.service.js';
export { PROGRAMME_AGGREGATE, ProgrammeEvent, type ProgrammeStatusChangedPayload } from './events/programme.events.js';
export { ProgrammeQueryService, type ProgrammeListFilter } from './services/programme-query.service.js';
export { ProgrammeObject, ProgrammeConnection } from './graphql/programme.objects.js';
export { ProgrammesGraphqlModule, ProgrammesModule } from './programmes.module.js';
import { ProgrammeApprovalEntity as Approval } from './entities/programme-approval.entity.js';
import { ProgrammeEntity as Programme } from './entities/programme.entity.js';

export const programmeEntities = [Programme, Approval];
export { ProgrammeException, ProgrammeExceptionCode } from './errors/programme.exception.js';
