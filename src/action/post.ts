/**
 * The action's post step. Everything the main step opens is closed in its own `finally`; the post step only
 * reports what the main step left in state (nothing, normally), so a cancelled job still logs it.
 */
import * as core from './toolkit.js';

export function post(): void {
  const leftover = core.getState('open-builds');
  if (leftover) core.warning(`builds still open at the end of the job: ${leftover}`);
}

post();
