export { ProgrammeEntity } from './entities/programme.entity.js';
export { ProgrammeApprovalEntity } from './entities/programme-approval.entity.js';
import { ProgrammeApprovalEntity as Approval } from './entities/programme-approval.entity.js';
import { ProgrammeEntity as Programme } from './entities/programme.entity.js';

export const programmeEntities = [Programme, Approval];
