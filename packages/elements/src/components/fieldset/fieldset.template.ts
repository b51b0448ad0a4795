import { nothing, type TemplateResult } from 'lit';
import { fieldsetTemplate as legendedFieldset } from '../field/fieldset.template.js';
import type { FieldsetOptions } from './fieldset.options.js';

/**
 * GOV.UK fieldset: groups related controls (the lines of an address) under a legend, which screen readers
 * announce as the group's name when focus enters it. `content` goes after the legend: the server render
 * function passes the caller's trusted HTML; the element renders nothing there and moves its own children in.
 */
export function fieldsetTemplate(options: FieldsetOptions, content: unknown = nothing): TemplateResult {
  return legendedFieldset(options.legend, options.describedBy, content, options.role);
}
