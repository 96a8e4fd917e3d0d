import { describe, expect, it } from '@jest/globals';
import { jobStatusOf } from './job-status.js';
import { JobState } from './match.objects.js';

const job = (progress: unknown) =>
  ({ id: '7', name: 'full-recompute', progress, timestamp: 0, finishedOn: 1 }) as Parameters<typeof jobStatusOf>[0];

describe('job status', () => {
  it("reports the job's own progress, also once it is completed", () => {
    expect(jobStatusOf(job(0.95), JobState.COMPLETED).progress).toBe(0.95);
    expect(jobStatusOf(job(1), JobState.COMPLETED).progress).toBe(1);
    expect(jobStatusOf(job(0.6), JobState.ACTIVE)).toMatchObject({ id: 'matching:7', state: JobState.ACTIVE, progress: 0.6 });
  });

  it('a job that never reported progress shows 0, whatever its state; values are clamped to [0, 1]', () => {
    expect(jobStatusOf(job(0), JobState.COMPLETED).progress).toBe(0);
    expect(jobStatusOf(job({ phase: 'x' }), JobState.COMPLETED).progress).toBe(0);
    expect(jobStatusOf(job(7), JobState.ACTIVE).progress).toBe(1);
    expect(jobStatusOf(job(-1), JobState.ACTIVE).progress).toBe(0);
  });
});
