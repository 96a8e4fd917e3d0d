import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@igu/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

/**
 * Builds the worker. On SIGTERM/SIGINT Nest's shutdown hooks close BullMQ
 * workers (in-flight jobs finish or return to wait), then queues, then the
 * pool, and the process exits 0 (main.ts bounds how long that may take).
 */
export async function createWorkerApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks([], { useProcessExit: true });
  return app;
}
