import { CivicError, ConflictError, type CivicErrorOptions } from '@civicbricks/core/errors';

/**
 * The caller's roles do not allow what they asked. Nothing was changed. The
 * message names the roles and the action so a person knows whom to ask; it
 * holds no case data.
 */
export class CaseForbiddenError extends CivicError {
  /** The roles the caller acted with (on the case and in their organisation). */
  readonly roles: readonly string[];
  /** The workflow action or the operation that was refused. */
  readonly action: string;
  /** The case's active states when an action was refused, outermost first. */
  readonly state: readonly string[] | undefined;

  constructor(roles: readonly string[], action: string, state: readonly string[] | undefined, options: CivicErrorOptions = {}) {
    super('cases.forbidden', forbiddenMessage(roles, action, state), options);
    this.roles = Object.freeze([...roles]);
    this.action = action;
    this.state = state === undefined ? undefined : Object.freeze([...state]);
  }
}

function forbiddenMessage(roles: readonly string[], action: string, state: readonly string[] | undefined): string {
  const who =
    roles.length === 0
      ? 'You have no role on this case, so you cannot'
      : roles.length === 1
        ? `Your role (${roles[0]}) does not allow you to`
        : `None of your roles (${roles.join(', ')}) allows you to`;
  const where = state === undefined || state.length === 0 ? '' : ` while the case is in "${state[state.length - 1]}"`;
  return `${who} take the action "${action}"${where}. Ask someone with a role that allows it, or a manager to give you one.`;
}

/**
 * Someone else changed the case since it was read: nothing was written. Reload
 * the case and try again; `currentVersion` is the version now stored, when known.
 */
export class CaseChangedError extends ConflictError {
  readonly currentVersion: number | undefined;

  constructor(currentVersion: number | undefined, options: CivicErrorOptions = {}) {
    super(
      'cases.case_changed',
      'This case was changed by someone else since you loaded it. Nothing was saved: reload the case, check what changed, then try again.',
      { retryable: true, ...options },
    );
    this.currentVersion = currentVersion;
  }
}
