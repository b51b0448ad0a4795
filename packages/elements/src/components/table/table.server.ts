import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { tableAttributes } from './table.attributes.js';
import { tableMessages } from './table.messages.js';
import { tableOptionsSchema, type TableOptions } from './table.options.js';
import { tableTemplate } from './table.template.js';

/**
 * Renders a GOV.UK table as HTML. A sortable table renders plain headers here: the sort buttons are
 * added by `<civic-table>` when its script runs, since without it they could do nothing.
 */
export function renderTable(options: TableOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-table',
      schema: tableOptionsSchema,
      codePrefix: 'elements.table',
      what: 'table options',
      catalogue: tableMessages,
      template: (valid) => tableTemplate(valid),
      attributes: tableAttributes,
    },
    options,
    context,
  );
}
