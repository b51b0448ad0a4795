import type { GroupModel } from './model.js';

/** The ids a group's fieldset is described by: its hint and its error message. */
export function groupDescribedBy(group: GroupModel): string | undefined {
  const ids = [group.hint ? `${group.id}-hint` : '', group.errorMessage ? `${group.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
