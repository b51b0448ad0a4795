/**
 * The cross-checks of a case type's work queues, allocation and search
 * fields, run by `createCaseType` beside its own: every state, field, flag
 * and patch named must exist and make sense.
 */
import type { Issue } from '@civicbricks/core/errors';
import type * as z from 'zod/mini';
import type { CaseTypeSchema } from '../schema.js';
import { PATCH_ENTRY, patchEntryKey } from './normalise.js';

type Parsed = z.output<typeof CaseTypeSchema>;

function issue(code: string, path: (string | number)[], message: string): Issue {
  return { code: `cases.case_type.${code}`, path, message };
}

export function checkWorkConfig(parsed: Parsed, states: ReadonlySet<string> | undefined, issues: Issue[]): void {
  const fieldOfType = (fieldName: string, types: readonly string[], path: (string | number)[]): void => {
    const field = Object.hasOwn(parsed.fields, fieldName) ? parsed.fields[fieldName] : undefined;
    if (field === undefined) issues.push(issue('unknown_field', path, `The case type has no field "${fieldName}"`));
    else if (!types.includes(field.type)) {
      issues.push(issue('invalid_field', path, `"${fieldName}" must be a ${types.join(' or ')} field to be used here`));
    }
  };

  for (const [queueName, queue] of Object.entries(parsed.workQueues ?? {})) {
    const base = ['workQueues', queueName];
    (queue.filters?.states ?? []).forEach((stateName, index) => {
      if (states && !states.has(stateName)) {
        issues.push(issue('unknown_state', [...base, 'filters', 'states', index], `The workflow has no state "${stateName}"`));
      }
    });
    (queue.filters?.flags ?? []).forEach((flag, index) => {
      if (!parsed.flags.includes(flag)) {
        issues.push(issue('flag_not_allowed', [...base, 'filters', 'flags', index], `Cases of this type cannot carry the flag "${flag}"`));
      }
    });
    queue.columns.forEach((column, index) => {
      if (column.startsWith('field:'))
        fieldOfType(column.slice(6), ['text', 'number', 'boolean', 'date', 'choice'], [...base, 'columns', index]);
    });
    if (queue.filters?.patch !== undefined && parsed.allocation?.patches === undefined) {
      issues.push(
        issue('no_patches', [...base, 'filters', 'patch'], 'This queue filters by patch, but the case type has no `allocation.patches`'),
      );
    }
    if (queue.filters?.skill !== undefined && parsed.allocation?.skillField === undefined) {
      issues.push(
        issue('no_skills', [...base, 'filters', 'skill'], 'This queue filters by skill, but the case type has no `allocation.skillField`'),
      );
    }
    if ((queue.filters?.overdue !== undefined || queue.sort.column === 'dueDate') && Object.keys(parsed.sla ?? {}).length === 0) {
      issues.push(issue('no_sla', [...base], 'This queue uses due dates, but the case type has no `sla` rules'));
    }
  }

  const allocation = parsed.allocation;
  if (allocation?.postcodeField !== undefined) fieldOfType(allocation.postcodeField, ['text'], ['allocation', 'postcodeField']);
  if (allocation?.patches !== undefined && allocation.postcodeField === undefined) {
    issues.push(issue('invalid_allocation', ['allocation', 'postcodeField'], 'Patches need the `postcodeField` they are read from'));
  }
  const claimed = new Map<string, string>();
  for (const [team, entries] of Object.entries(allocation?.patches ?? {})) {
    entries.forEach((entry, index) => {
      const key = patchEntryKey(entry);
      const path = ['allocation', 'patches', team, index];
      if (!PATCH_ENTRY.test(key)) {
        issues.push(issue('invalid_patch', path, `"${entry}" is not a postcode area (CF), district (CF10) or sector (CF10 1)`));
        return;
      }
      const owner = claimed.get(key);
      if (owner !== undefined)
        issues.push(issue('patch_claimed_twice', path, `"${key}" is in the patches of both "${owner}" and "${team}"`));
      claimed.set(key, team);
    });
  }
  if (allocation?.skillField !== undefined) {
    fieldOfType(allocation.skillField, ['choice'], ['allocation', 'skillField']);
    const field = parsed.fields[allocation.skillField];
    for (const value of Object.keys(allocation.skills ?? {})) {
      if (field?.options !== undefined && !field.options.includes(value)) {
        issues.push(
          issue(
            'invalid_allocation',
            ['allocation', 'skills', value],
            `"${value}" is not one of the options of "${allocation.skillField}"`,
          ),
        );
      }
    }
  }

  const search = parsed.search;
  (search?.nameFields ?? []).forEach((fieldName, index) => fieldOfType(fieldName, ['text'], ['search', 'nameFields', index]));
  if (search?.dateOfBirthField !== undefined) fieldOfType(search.dateOfBirthField, ['date'], ['search', 'dateOfBirthField']);
  if (search?.postcodeField !== undefined) fieldOfType(search.postcodeField, ['text'], ['search', 'postcodeField']);
}
