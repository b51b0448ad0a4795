/** `@civicbricks/cases/figures`: SLA figures per case type, from the stored cases. For servers. */
export { slaFigures, type DecisionTimes, type SlaFigures, type SlaRuleFigures } from './sla-figures.js';
