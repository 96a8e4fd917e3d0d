import type { QueueName } from '../queue-names.js';
import type { OutboxTopic } from './outbox.js';

export interface OutboxRoute {
  queue: QueueName;
  jobName: string;
}

/** What happens to a topic: routed to a job, or kept in the outbox until its consumer exists. */
export type OutboxDestination = { route: OutboxRoute } | { noConsumerYet: string };

/**
 * Which job each outbox topic becomes. Consumers register their topics at
 * start-up (`register`); a topic nobody consumes yet is registered with the
 * reason (`noConsumerYet`), and its rows stay unpublished for the consumer to
 * come. The process declares every topic that exists (`expect`); the relay
 * refuses to start while one of them has neither, and never claims a row whose
 * topic has no route, so no event is dropped for want of one.
 */
export class OutboxRoutes {
  private readonly destinations = new Map<string, OutboxDestination>();
  private readonly expected = new Set<string>();

  register(topic: OutboxTopic, route: OutboxRoute): void {
    const existing = this.destinations.get(topic);
    if (existing && !('route' in existing && existing.route.queue === route.queue && existing.route.jobName === route.jobName)) {
      throw new Error(`Outbox topic ${topic} already has a destination: ${describe(existing)}`);
    }
    this.destinations.set(topic, { route });
  }

  noConsumerYet(topic: OutboxTopic, reason: string): void {
    const existing = this.destinations.get(topic);
    if (existing && 'route' in existing) throw new Error(`Outbox topic ${topic} is routed to ${describe(existing)}`);
    this.destinations.set(topic, { noConsumerYet: reason });
  }

  /** Topics that must each have a destination before the relay starts. */
  expect(topics: Iterable<string>): void {
    for (const topic of topics) this.expected.add(topic);
  }

  resolve(topic: string): OutboxRoute | undefined {
    const destination = this.destinations.get(topic);
    return destination && 'route' in destination ? destination.route : undefined;
  }

  /** The topics the relay moves into queues. */
  routedTopics(): string[] {
    return [...this.destinations].filter(([, destination]) => 'route' in destination).map(([topic]) => topic);
  }

  /** Expected topics with no destination, sorted; empty when the relay may start. */
  missing(): string[] {
    return [...this.expected].filter((topic) => !this.destinations.has(topic)).sort();
  }

  /** Every topic with its destination as text (`queue/job` or `no consumer yet: reason`), sorted by topic. */
  describe(): Record<string, string> {
    return Object.fromEntries([...this.destinations].sort(([a], [b]) => a.localeCompare(b)).map(([topic, d]) => [topic, describe(d)]));
  }
}

function describe(destination: OutboxDestination): string {
  return 'route' in destination
    ? `${destination.route.queue}/${destination.route.jobName}`
    : `no consumer yet: ${destination.noConsumerYet}`;
}
