export * from './errors.js';
export * from './validation.js';
export * from './i18n.js';
export * from './money.js';
export * from './reference.js';
export * from './working-days.js';
