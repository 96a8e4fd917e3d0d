export { createLogger, httpLoggerParams, redactCprLike, REDACTED_PATHS, scrubCprLike } from './logger.js';
export { HealthController, READINESS_CHECKS, type ReadinessCheck } from './health.controller.js';
export { HealthModule } from './health.module.js';
export { armShutdownDeadline } from './shutdown-deadline.js';
