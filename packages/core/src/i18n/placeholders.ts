/** The `%{name}` placeholder syntax, shared by the translator and the catalogue checks. */
export const PLACEHOLDER = /%\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
// `%{` that does not open a well-formed placeholder: `%{first name}`, `%{ count}`, `%{}`.
export const MALFORMED = /%\{(?![A-Za-z_][A-Za-z0-9_]*\})/;
