import { html, nothing, type TemplateResult } from 'lit';
import { monthName, type Locale, type Translator } from '@civicbricks/core/i18n';
import { describeDefinition, type StateDefinition, type TimerDefinition, type TransitionDefinition } from '@civicbricks/workflow';
import type { WorkflowDiagramMessageKey } from './workflow-diagram.messages.js';
import type { WorkflowDiagramOptions } from './workflow-diagram.options.js';

type T = Translator<WorkflowDiagramMessageKey>;

/** Where a state stands against the process shown: the current (innermost) state, or a stage it is inside. */
type Standing = 'here' | 'inside' | undefined;

const DIVISIONS = {
  'england-and-wales': 'englandAndWales',
  scotland: 'scotland',
  'northern-ireland': 'northernIreland',
} as const satisfies Record<string, WorkflowDiagramMessageKey>;

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function joinList(items: readonly string[], t: T): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('and')} ${items[items.length - 1] ?? ''}`;
}

/** "after 2 weeks and 3 days", from an ISO 8601 duration; the duration itself if it cannot be read. */
function durationText(after: string, t: T): string {
  const match = DURATION.exec(after);
  if (!match) return t('afterDuration', { duration: after });
  const parts = UNITS.flatMap((unit, index) => {
    const count = Number(match[index + 1] ?? 0);
    return count > 0 ? [t(unit, { count })] : [];
  });
  return t('afterDuration', { duration: joinList(parts, t) });
}

function timerWhen(timer: TimerDefinition, fallbackDivision: string | undefined, t: T): string {
  if (timer.workingDays === undefined) return durationText(timer.after ?? '', t);
  const division = (timer.division ?? fallbackDivision ?? 'england-and-wales') as keyof typeof DIVISIONS;
  const params = { count: timer.workingDays, division: t(DIVISIONS[division] ?? 'englandAndWales') };
  return timer.at ? t('workingDaysAt', { ...params, time: timer.at }) : t('workingDays', params);
}

let london: Intl.DateTimeFormat | undefined;

/** "7 January 2027 at 00:00" or "7 Ionawr 2027 am 00:00": the wall-clock time in London. */
function formatDeadline(deadline: string, t: T): string {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(london.formatToParts(new Date(deadline)).map((part) => [part.type, part.value]));
  return t('dateTime', {
    day: Number(parts.day),
    month: monthName(t.locale, Number(parts.month)),
    year: parts.year,
    time: `${parts.hour}:${parts.minute}`,
  });
}

interface Context {
  readonly options: WorkflowDiagramOptions;
  readonly t: T;
  readonly locale: Locale;
  /** Prefix of the ids of the state items, unique on the page. */
  readonly idPrefix: string;
  readonly titles: ReadonlyMap<string, string>;
  readonly current: readonly string[];
}

const stateId = (context: Context, name: string): string => `${context.idPrefix}-${name}`;

function collectTitles(states: Readonly<Record<string, StateDefinition>>, into: Map<string, string>): Map<string, string> {
  for (const [name, state] of Object.entries(states)) {
    into.set(name, state.title ?? name);
    if (state.states) collectTitles(state.states, into);
  }
  return into;
}

function targetLink(context: Context, target: string): TemplateResult {
  return html`<a class="govuk-link" href="#${stateId(context, target)}">${context.titles.get(target) ?? target}</a>`;
}

/** One transition; `otherwise` for the later ones on the same event, taken when the earlier guards say no. */
function transitionLine(context: Context, event: string, transition: TransitionDefinition, otherwise: boolean): TemplateResult {
  const { t } = context;
  const guard = transition.guard === undefined ? '' : typeof transition.guard === 'string' ? transition.guard : transition.guard.name;
  return html`<li>
    <span class="govuk-!-font-weight-bold">${transition.description ?? event}</span>:
    ${otherwise ? `${t('otherwise')} ` : ''}${transition.target === undefined ? t('staysHere') : html`${t('goesTo')} ${targetLink(context, transition.target)}`}${
      guard ? html` ${t('onlyIf', { guard })}` : nothing
    }
  </li>`;
}

function timerLine(context: Context, timer: TimerDefinition): TemplateResult {
  const { t } = context;
  return html`<li>
    <span class="govuk-!-font-weight-bold">${t('timer', { timer: timer.description ?? timer.id })}</span>:
    ${timerWhen(timer, context.options.definition?.division, t)}, ${t('goesTo')}
    ${timer.target === undefined ? nothing : targetLink(context, timer.target)}
  </li>`;
}

function stateItem(context: Context, name: string, state: StateDefinition, initial: boolean, depth: number): TemplateResult {
  const { t, current } = context;
  const standing: Standing = current[current.length - 1] === name ? 'here' : current.includes(name) ? 'inside' : undefined;
  const lines = [
    ...Object.entries(state.on ?? {}).flatMap(([event, value]) =>
      (Array.isArray(value) ? value : [value]).map((transition: TransitionDefinition, index) =>
        transitionLine(context, event, transition, index > 0),
      ),
    ),
    ...(state.timers ?? []).map((timer) => timerLine(context, timer)),
  ];
  const children = Object.entries(state.states ?? {});
  return html`<li
    id=${stateId(context, name)}
    class="civic-workflow-diagram__state${
      standing === 'here'
        ? ' civic-workflow-diagram__state--current govuk-inset-text govuk-!-margin-top-0'
        : standing === 'inside'
          ? ' civic-workflow-diagram__state--active'
          : ''
    }"
    aria-current=${standing === 'here' ? 'step' : nothing}
    data-state=${name}
  >
    <p class="govuk-body govuk-!-margin-bottom-1">
      ${standing === 'here' ? html`<strong class="govuk-tag govuk-tag--yellow">${t('youAreHere')}</strong> ` : nothing}
      <span class="govuk-!-font-weight-bold civic-workflow-diagram__title">${state.title ?? name}</span>
      ${initial ? html` <strong class="govuk-tag govuk-tag--blue">${t('startsHere')}</strong>` : nothing}
      ${state.type === 'final' ? html` <strong class="govuk-tag govuk-tag--grey">${t('finalStage')}</strong>` : nothing}
    </p>
    ${state.description ? html`<p class="govuk-body-s govuk-!-margin-bottom-1">${state.description}</p>` : nothing}
    ${
      lines.length > 0
        ? html`<ul class="govuk-list govuk-list--bullet govuk-body-s">
            ${lines}
          </ul>`
        : nothing
    }
    ${children.length > 0 ? statesList(context, state.states ?? {}, state.initial, depth + 1) : nothing}
  </li>`;
}

function statesList(
  context: Context,
  states: Readonly<Record<string, StateDefinition>>,
  initial: string | undefined,
  depth: number,
): TemplateResult {
  return html`<ol class="govuk-list civic-workflow-diagram__states${depth > 0 ? ' govuk-!-margin-left-6' : ''}">
    ${Object.entries(states).map(([name, state]) => stateItem(context, name, state, name === initial, depth))}
  </ol>`;
}

/** The description lines as paragraphs, indented as the text is. */
function descriptionBlock(text: string): TemplateResult {
  const lines = text.trimEnd().split('\n');
  return html`${lines.map((line) => {
    const indent = Math.min(3, Math.floor((line.length - line.trimStart().length) / 2));
    return html`<p class="govuk-body-s govuk-!-margin-bottom-1${indent > 0 ? ` govuk-!-padding-left-${indent * 3}` : ''}">
      ${line.trim()}
    </p>`;
  })}`;
}

/**
 * The diagram as one Lit template: a caption, where the process is, the states as
 * nested ordered lists with their transitions and timers (targets are links to the
 * target state), and the plain-text description from `describeDefinition` in a details element.
 */
export function workflowDiagramTemplate(options: WorkflowDiagramOptions, t: T, locale: Locale, idPrefix: string): TemplateResult {
  const { definition, snapshot } = options;
  if (!definition) return html`<p class="govuk-body civic-workflow-diagram">${t('noDefinition')}</p>`;
  let description: string;
  try {
    description = describeDefinition(definition, snapshot);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return html`<p class="govuk-body civic-workflow-diagram">${t('cannotShow', { reason })}</p>`;
  }
  const titles = collectTitles(definition.states, new Map());
  const current = snapshot?.state ?? [];
  const context: Context = { options, t, locale, idPrefix, titles, current };
  const caption = options.caption ?? definition.title ?? definition.id;
  return html`<figure class="govuk-!-margin-0 civic-workflow-diagram" aria-labelledby="${idPrefix}-caption">
    <figcaption id="${idPrefix}-caption" class="govuk-heading-s">${caption}</figcaption>
    ${
      snapshot
        ? html`<p class="govuk-body civic-workflow-diagram__where">
            ${
              snapshot.status === 'done'
                ? t('finished')
                : t('youAreHereSummary', { path: current.map((name) => titles.get(name) ?? name).join(' › ') })
            }
          </p>`
        : nothing
    }
    ${
      snapshot && snapshot.timers.length > 0
        ? html`<ul class="govuk-list govuk-body-s civic-workflow-diagram__timers">
            ${snapshot.timers.map(
              (timer) => html`<li>${t('timerDue', { timer: timer.id, deadline: formatDeadline(timer.deadline, t) })}</li>`,
            )}
          </ul>`
        : nothing
    }
    ${statesList(context, definition.states, definition.initial, 0)}
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">${t('textDescription')}</span>
      </summary>
      <div class="govuk-details__text">
        ${locale === 'en' ? nothing : html`<p class="govuk-body-s">${t('textDescriptionLanguage')}</p>`}
        <div lang="en" class="civic-workflow-diagram__description">${descriptionBlock(description)}</div>
      </div>
    </details>
  </figure>`;
}
