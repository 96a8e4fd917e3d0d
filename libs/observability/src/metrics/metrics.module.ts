import { type DynamicModule, Global, Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { JOB_OBSERVER, type JobObserver, oldestUnpublishedOutboxAgeSeconds, QueueConnection, QueueName } from '@igu/queue';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics.js';
import { MetricsServer } from './metrics-server.js';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** Starts the metrics listener when this process's metrics port is configured; stops it on shutdown. */
@Injectable()
class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(MetricsServer) private readonly server: MetricsServer,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.metrics.processName === 'api' ? this.config.METRICS_PORT : this.config.WORKER_METRICS_PORT;
    if (port !== undefined) await this.server.listen(port, this.config.API_HOST);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server.close();
  }
}

/** The worker's own figures: queue depths and outbox lag, read at scrape time. */
function registerWorkerGauges(metrics: Metrics, queues: QueueConnection, dataSource: DataSource): void {
  metrics.gauge('queue_jobs', 'Jobs per queue and state (waiting, active, delayed, failed)', ['queue', 'state'], async (gauge) => {
    for (const name of Object.values(QueueName)) {
      const counts = await queues.queue(name).getJobCounts(...JOB_STATES);
      for (const state of JOB_STATES) gauge.set({ queue: name, state }, counts[state] ?? 0);
    }
  });
  metrics.gauge('outbox_lag_seconds', 'Age of the oldest unpublished outbox event (0 when none waits)', [], async (gauge) => {
    gauge.set(await oldestUnpublishedOutboxAgeSeconds(dataSource));
  });
}

/**
 * Prometheus metrics (prom-client) for the API or the worker, served on
 * METRICS_PORT / WORKER_METRICS_PORT (unset: not served, still recorded).
 */
@Global()
export class MetricsModule {
  static forRoot(processName: 'api' | 'worker'): DynamicModule {
    const metrics = new Metrics(processName);
    const observer: JobObserver = {
      jobFinished: ({ queue, job, failed, seconds }) =>
        metrics.jobDuration.observe({ queue, job, outcome: failed ? 'error' : 'success' }, seconds),
    };
    return {
      module: MetricsModule,
      providers: [
        { provide: Metrics, useValue: metrics },
        { provide: MetricsServer, useValue: new MetricsServer(metrics) },
        MetricsEndpoint,
        ...(processName === 'worker'
          ? [
              { provide: JOB_OBSERVER, useValue: observer },
              {
                provide: 'WORKER_GAUGES',
                inject: [QueueConnection, DataSource],
                useFactory: (queues: QueueConnection, dataSource: DataSource) => registerWorkerGauges(metrics, queues, dataSource),
              },
            ]
          : []),
      ],
      exports: [Metrics, MetricsServer, ...(processName === 'worker' ? [JOB_OBSERVER] : [])],
    };
  }
}
