/** `input-spellcheck="false"` means off, any other value means on, and no attribute leaves it to the browser. */
export const spellcheckConverter = {
  fromAttribute: (value: string | null): boolean | undefined => (value === null ? undefined : value !== 'false'),
};

/** A number attribute that may be absent: Lit's `Number` converter would turn a missing attribute into 0. */
export const optionalNumberConverter = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null || value.trim() === '') return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  },
};
