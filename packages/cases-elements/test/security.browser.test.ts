// Security properties over every example of every cases component, from the elements' shared suite: hostile text
// in every text option stays text, and script URLs in every URL option (links, form actions) are refused.
import './support/moj-styles.js';
import '../src/define.js';
import { casesComponents } from '../examples/components.js';
import { runSecuritySuite } from '../../elements/test/support/security-suite.js';

// Column keys match the rows' cells, dates and flags are parsed, and the filter `type` picks the control.
runSecuritySuite(casesComponents, { notFreeText: ['key', 'datetime', 'date', 'flags', 'params'] });
