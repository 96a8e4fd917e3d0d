import { Controller, Get, HttpCode, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '@igu/access';
import type { Response } from 'express';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

const CHECK_TIMEOUT_MS = 2_000;

/** Liveness says the process runs; readiness says its dependencies answer. */
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; checks: Record<string, string> }> {
    const results = await Promise.all(this.checks.map(async ({ name, check }) => [name, await runWithTimeout(check)] as const));
    const healthy = results.every(([, outcome]) => outcome === 'up');
    res.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: healthy ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
  }
}

async function runWithTimeout(check: () => Promise<void>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down'; // details stay in the server's logs, not in a public endpoint
  } finally {
    clearTimeout(timer);
  }
}
