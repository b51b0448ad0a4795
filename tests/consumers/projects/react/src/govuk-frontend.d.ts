// govuk-frontend ships no type declarations; this page uses one function of it.
declare module 'govuk-frontend' {
  export function initAll(): void;
}
