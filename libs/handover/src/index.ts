export { HandoverApiModule, HandoverJobsModule, HandoverModule, registerHandoverRoutes } from './handover.module.js';
export { HANDOVER_IMPORT_AGGREGATE, HandoverEvent, type HandoverImportEventPayload } from './events/handover.events.js';
export { HandoverJob } from './jobs/handover-import.processor.js';
export { ImportStatus } from './entities/handover-import.entity.js';
export { HANDOVER_COLUMNS, REQUIRED_COLUMNS } from './rules/handover-columns.js';
export { HandoverImportRunner } from './services/handover-import.runner.js';
export { HandoverMaintenance } from './services/handover-maintenance.js';
export { HandoverQueryService, type HandoverImportView } from './services/handover-query.service.js';
export { HandoverException, HandoverExceptionCode } from './errors/handover.exception.js';
import { HandoverFileChunkEntity } from './entities/handover-file-chunk.entity.js';
import { HandoverImportProblemEntity } from './entities/handover-import-problem.entity.js';
import { HandoverImportEntity } from './entities/handover-import.entity.js';

export const handoverEntities = [HandoverImportEntity, HandoverImportProblemEntity, HandoverFileChunkEntity];
