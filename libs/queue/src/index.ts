export { DEFAULT_JOB_OPTIONS, QueueName } from './queue-names.js';
export { QueueConnection, type JobProcessor, type QueueBackendKind, type WorkerSettings } from './queue-connection.js';
export { QueueModule } from './queue.module.js';
export { OutboxEventEntity } from './outbox/outbox-event.entity.js';
export {
  recordOutboxEvent,
  type OutboxEventInput,
  type OutboxEvents,
  type OutboxJobData,
  type OutboxPayload,
  type OutboxTopic,
} from './outbox/outbox.js';
export { OutboxRoutes, type OutboxDestination, type OutboxRoute } from './outbox/outbox-routes.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { OutboxRelayService } from './outbox/outbox-relay.service.js';
export { JobHandlerRegistry, type JobHandler, type JobSchedule } from './jobs/job-handlers.js';
export { QueueWorkersService } from './jobs/queue-workers.service.js';
export { JOB_OBSERVER, type JobObserver } from './jobs/job-observer.js';
export { oldestUnpublishedOutboxAgeSeconds } from './outbox/outbox-lag.js';

import { OutboxEventEntity as Outbox } from './outbox/outbox-event.entity.js';

export const queueEntities = [Outbox];
