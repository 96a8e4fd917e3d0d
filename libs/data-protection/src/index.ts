export { DataProtectionGraphqlModule, DataProtectionJobsModule, DataProtectionModule } from './data-protection.module.js';
export { DataProtectionException, DataProtectionExceptionCode } from './errors/data-protection.exception.js';
export { PersonalDataContributors } from './services/personal-data-contributors.js';
export { CandidateErasureService } from './services/candidate-erasure.service.js';
export { SubjectExportService, type SubjectExport } from './services/subject-export.service.js';
export { RetentionService, type RetentionPlan, type RetentionReport, type RetentionRunOptions } from './services/retention.service.js';
export { AccessReviewService } from './services/access-review.service.js';
export { DataProtectionJob, DAILY_RETENTION, type RetentionJobData } from './jobs/retention.processor.js';
export { renderSubjectExportPdf } from './pdf/subject-export-pdf.js';
