/**
 * The typed errors this package throws, beyond core's `ValidationError`.
 */
import { CivicError, ConflictError } from '@civicbricks/core/errors';

/**
 * The event cannot happen in the instance's current state: no transition handles
 * it, or every guard said no. Code `workflow.event_not_allowed`; `allowedEvents`
 * lists what could happen instead, so a caller can show the person their options.
 *
 * A `ConflictError`, because the usual cause is that the instance moved on since
 * the person loaded the page (someone else decided the case, a timer fired).
 */
export class EventNotAllowedError extends ConflictError {
  readonly event: string;
  readonly state: readonly string[];
  readonly allowedEvents: readonly string[];

  constructor(event: string, state: readonly string[], allowedEvents: readonly string[], reason: string) {
    const allowed = allowedEvents.length === 0 ? 'no events are allowed there' : `allowed now: ${allowedEvents.join(', ')}`;
    super('workflow.event_not_allowed', `"${event}" is not allowed in state ${state.join(' > ')} (${reason}); ${allowed}`, {
      path: ['event', 'type'],
    });
    this.event = event;
    this.state = Object.freeze([...state]);
    this.allowedEvents = Object.freeze([...allowedEvents]);
  }
}

/**
 * A registered guard or action threw, or an action returned something that is not
 * plain JSON. Code `workflow.guard_failed`, `workflow.action_failed` or
 * `workflow.invalid_action_result`; nothing was changed.
 */
export class WorkflowBehaviourError extends CivicError {}
