// Security properties over every example of every component: hostile strings in every text option never add an
// element or an attribute, and come back exactly as typed; script URLs in every URL option are refused.
import '../src/define.js';
import { components } from '../examples/components.js';
import { runSecuritySuite } from './support/security-suite.js';

runSecuritySuite(components);
