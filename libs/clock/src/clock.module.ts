import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, FixedDayClock, SystemClock } from './clock.js';

/** Provides the `Clock`: the system clock, or a pinned day when `CLOCK_TODAY` is set (never in production). */
@Global()
@Module({})
export class ClockModule {
  static forRoot(config: { CLOCK_TODAY?: string | undefined }): DynamicModule {
    const clock = config.CLOCK_TODAY ? new FixedDayClock(config.CLOCK_TODAY) : new SystemClock();
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
