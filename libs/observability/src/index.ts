export { createLogger, httpLoggerParams, redactCprLike, REDACTED_PATHS, scrubCprLike } from './logger.js';
export { HealthController, READINESS_CHECKS, type ReadinessCheck } from './health.controller.js';
export { HealthModule } from './health.module.js';
export { Metrics, type GraphqlOperationSample } from './metrics/metrics.js';
export { MetricsModule } from './metrics/metrics.module.js';
export { MetricsServer } from './metrics/metrics-server.js';
export { httpMetricsMiddleware } from './metrics/http-metrics.middleware.js';
export { armShutdownDeadline } from './shutdown-deadline.js';
