import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { OperationNames } from './labels.js';

/** Seconds; from 5 ms (a cached read) to 10 s (a full recomputation is a job, not a request). */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

export interface GraphqlOperationSample {
  name: string | null | undefined;
  /** query, mutation or subscription; undefined when the document never resolved to an operation. */
  type: string | undefined;
  failed: boolean;
  seconds: number;
}

/**
 * This process's Prometheus metrics, in a registry of its own (not prom-client's
 * global one: several apps share a process in tests). Labels: see labels.ts.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new OperationNames();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by operation name (bounded; anonymous/other buckets), type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'queue_job_duration_seconds',
    help: 'Job processing time by queue, job name and outcome',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  constructor(readonly processName: 'api' | 'worker') {
    this.registry.setDefaultLabels({ process: processName });
    collectDefaultMetrics({ register: this.registry });
  }

  observeGraphqlOperation(sample: GraphqlOperationSample): void {
    this.graphqlOperationDuration.observe(
      { operation: this.operationNames.label(sample.name), type: sample.type ?? 'invalid', outcome: sample.failed ? 'error' : 'success' },
      sample.seconds,
    );
  }

  /** A gauge computed at scrape time; a failing source leaves it out of that scrape rather than failing the scrape. */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>) => Promise<void>): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          await read(this);
        } catch {
          this.reset();
        }
      },
    });
  }
}
