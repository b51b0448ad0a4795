/** Reading every page of a listing, for the views that need all of it (the person view, the export). */
export async function listAll<T>(
  fetch: (cursor: string | undefined) => Promise<{ readonly items: readonly T[]; readonly nextCursor: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

/** The cursor part of a list query, absent on the first page. */
export function after(cursor: string | undefined): { cursor?: string } {
  return cursor === undefined ? {} : { cursor };
}
