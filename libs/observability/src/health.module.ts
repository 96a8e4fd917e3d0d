import { type DynamicModule, Module } from '@nestjs/common';
import { QueueConnection } from '@igu/queue';
import { DataSource } from 'typeorm';
import { HealthController, READINESS_CHECKS, type ReadinessCheck } from './health.controller.js';

/** `/health/live` and `/health/ready` (database and queue backend). */
@Module({})
export class HealthModule {
  static forRoot(): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        {
          provide: READINESS_CHECKS,
          inject: [DataSource, QueueConnection],
          useFactory: (dataSource: DataSource, queues: QueueConnection): ReadinessCheck[] => [
            {
              name: 'database',
              check: async () => {
                await dataSource.query('SELECT 1');
              },
            },
            { name: 'queue', check: () => queues.ping() },
          ],
        },
      ],
    };
  }
}
