export { type CalendarDate, Clock, danishDayOf, FixedDayClock, SystemClock } from './clock.js';
export { ClockModule } from './clock.module.js';
