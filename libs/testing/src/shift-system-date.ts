/**
 * With IGU_SYSTEM_DATE=YYYY-MM-DD, the test process's wall clock runs as if it
 * were that day (time keeps moving; only the date is shifted). The suite pins
 * "today" through CLOCK_TODAY, so it must pass whatever the system date is: a
 * rule that reads `new Date()` instead of the injected Clock fails under a
 * shifted date. `npm run test:dates` runs the date-sensitive tests this way.
 */
const target = process.env.IGU_SYSTEM_DATE;
if (target) {
  const RealDate = Date;
  const offset = new RealDate(`${target}T12:00:00Z`).getTime() - RealDate.now();
  if (Number.isNaN(offset)) throw new Error(`IGU_SYSTEM_DATE is not a date: ${target}`);

  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

export {};
