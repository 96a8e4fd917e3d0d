import type { QueueName } from '../queue-names.js';

export interface OutboxRoute {
  queue: QueueName;
  jobName: string;
}

/**
 * Which job each outbox topic becomes. Feature job modules register their
 * topics at start-up; an unrouted topic is marked published and logged, so one
 * unknown event cannot block the relay.
 */
export class OutboxRoutes {
  private readonly routes = new Map<string, OutboxRoute>();

  register(topic: string, route: OutboxRoute): void {
    const existing = this.routes.get(topic);
    if (existing && (existing.queue !== route.queue || existing.jobName !== route.jobName)) {
      throw new Error(`Outbox topic ${topic} is already routed to ${existing.queue}/${existing.jobName}`);
    }
    this.routes.set(topic, route);
  }

  resolve(topic: string): OutboxRoute | undefined {
    return this.routes.get(topic);
  }
}
