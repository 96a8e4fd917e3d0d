export { Clock, FixedDayClock, SystemClock } from './clock.js';
export { ClockModule } from './clock.module.js';
