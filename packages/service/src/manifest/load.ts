/**
 * From manifest JSON to a checked service definition: the manifest's own shape first, then each brick's
 * definition by that brick (journeys by registration, the case type by cases, templates by notifications, fee
 * schedules by payments), then what no brick can check alone because it spans two: a placeholder no answer
 * fills, a workflow event nobody may take, a payment step with no fee, a Welsh text missing. Every problem is
 * reported at once, each with its path in the manifest and words a person can act on.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCaseType, type CaseType } from '@civicbricks/cases';
import { isCivicError, ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import { placeholderKey, placeholderNames, templateSchema, type Template } from '@civicbricks/notifications';
import { parseFeeSchedule, type FeeSchedule } from '@civicbricks/payments';
import { createJourney, type Journey, type Question } from '@civicbricks/registration';
import { ManifestSchema, type LocalText, type Manifest } from './schema.js';

/** A journey of the service, made by registration's `createJourney`. */
export interface ServiceJourney {
  readonly id: string;
  readonly path: string;
  readonly journey: Journey;
}

/** A manifest every brick has checked, with the bricks' own objects made from it. */
export interface ServiceDefinition {
  readonly manifest: Manifest;
  readonly journeys: readonly ServiceJourney[];
  readonly caseType: CaseType | undefined;
  readonly templates: ReadonlyMap<string, Template>;
  readonly fees: ReadonlyMap<string, FeeSchedule>;
  /** The folder the manifest's files (journeys, logo) are read from. */
  readonly baseDir: string;
}

/** Placeholders every message can use without a question to fill them. */
export const BUILT_IN_PLACEHOLDERS: readonly string[] = ['reference', 'service name', 'organisation name'];

export interface CheckOptions {
  /** Where `{ "file": ... }` references are read from. */
  readonly baseDir: string;
}

/** Reads and checks a manifest file. */
export function loadManifest(manifestPath: string): ServiceDefinition {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new ValidationError(
      'service.manifest.unreadable',
      `Could not read the manifest ${manifestPath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it could not be opened'}. Check the path, or make one with \`civicbricks new warm-space <folder>\``,
      { path: [] },
    );
  }
  return checkManifest(parseJson(text, manifestPath), { baseDir: dirname(manifestPath) });
}

/** Checks manifest JSON and makes the bricks' objects from it. @throws {ValidationError} listing every problem. */
export function checkManifest(json: unknown, options: CheckOptions): ServiceDefinition {
  const shape = ManifestSchema.safeParse(json);
  if (!shape.success) {
    throw ValidationError.fromIssues(
      shape.error.issues.map((issue) => ({
        code: `service.manifest.${issue.code}`,
        path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
        message: `${describePath(issue.path.map((part) => (typeof part === 'number' ? part : String(part))))}: ${issue.message}`,
      })),
    );
  }
  const manifest = shape.data;
  const issues: Issue[] = [];
  const add = (code: string, path: ErrorPath, message: string) => issues.push({ code: `service.manifest.${code}`, path, message });
  const adopt = (error: unknown, base: ErrorPath, fileName?: string) => {
    if (!isCivicError(error)) throw error;
    for (const issue of error.issues)
      issues.push({ ...issue, path: [...base, ...issue.path], message: fileName ? `${fileName}: ${issue.message}` : issue.message });
  };

  const journeys: ServiceJourney[] = [];
  const rawJourneys: unknown[] = [];
  manifest.journeys.forEach((entry, index) => {
    const base = ['journeys', index, 'definition'];
    const { value, fileName } = resolve(entry.definition, options.baseDir, base, add);
    rawJourneys.push(value);
    if (value === undefined) return;
    try {
      journeys.push({ id: entry.id, path: entry.path, journey: createJourney(value) });
    } catch (error) {
      adopt(error, base, fileName);
    }
  });
  duplicates(
    manifest.journeys.map((j) => j.id),
    (index, name) => add('duplicate_journey', ['journeys', index, 'id'], `Two journeys have the id "${name}": give each its own`),
  );
  duplicates(
    manifest.journeys.map((j) => j.path),
    (index, name) => add('duplicate_path', ['journeys', index, 'path'], `Two journeys live at /${name}/: give each its own path`),
  );

  let caseType: CaseType | undefined;
  if (manifest.caseType) {
    const { value, fileName } = resolve(manifest.caseType, options.baseDir, ['caseType'], add);
    if (value !== undefined) {
      try {
        caseType = createCaseType(value);
      } catch (error) {
        adopt(error, ['caseType'], fileName);
      }
    }
  }

  const templates = new Map<string, Template>();
  manifest.notifications?.templates.forEach((template, index) => {
    const parsed = templateSchema.safeParse(template);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        add('invalid_template', ['notifications', 'templates', index, ...issue.path.map(String)], issue.message);
      return;
    }
    if (templates.has(template.id))
      add('duplicate_template', ['notifications', 'templates', index, 'id'], `Two templates have the id "${template.id}"`);
    templates.set(template.id, parsed.data);
  });

  const fees = new Map<string, FeeSchedule>();
  manifest.fees?.forEach((schedule, index) => {
    try {
      const parsed = parseFeeSchedule(schedule);
      fees.set(parsed.id, parsed);
    } catch (error) {
      adopt(error, ['fees', index]);
    }
  });

  checkSendRules(manifest, journeys, templates, caseType, add);
  checkWorkflowEvents(manifest, caseType, add);
  checkPayments(manifest, journeys, fees, add);
  if (manifest.languages.includes('cy')) checkWelsh(manifest, rawJourneys, add);

  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return { manifest, journeys, caseType, templates, fees, baseDir: options.baseDir };
}

type Add = (code: string, path: ErrorPath, message: string) => void;

function resolve(
  value: Record<string, unknown> | { file: string },
  baseDir: string,
  path: ErrorPath,
  add: Add,
): { value: unknown; fileName?: string } {
  if (!('file' in value) || typeof value.file !== 'string' || Object.keys(value).length !== 1) return { value };
  const fileName = value.file;
  let text: string;
  try {
    text = readFileSync(join(baseDir, fileName), 'utf8');
  } catch {
    add('missing_file', [...path, 'file'], `There is no file ${fileName} beside the manifest: check its name`);
    return { value: undefined };
  }
  try {
    return { value: parseJson(text, fileName), fileName };
  } catch (error) {
    if (!isCivicError(error)) throw error;
    add('invalid_json', [...path, 'file'], error.message);
    return { value: undefined };
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ValidationError(
      'service.manifest.invalid_json',
      `${name} is not valid JSON (${(error as Error).message}): look for a missing comma, quote or bracket there`,
      { path: [] },
    );
  }
}

function duplicates(names: readonly string[], report: (index: number, name: string) => void): void {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (seen.has(name)) report(index, name);
    seen.add(name);
  });
}

/** Every question of a journey by id, add-another sub-questions included. */
export function questionsOf(journey: Journey): Map<string, Question> {
  const found = new Map<string, Question>();
  for (const page of journey.definition.pages) {
    if (page.type !== 'question') continue;
    for (const question of page.questions) found.set(question.id, question);
  }
  return found;
}

/** Each rule's template exists, its recipient is a question of the right kind, and every placeholder is filled. */
function checkSendRules(
  manifest: Manifest,
  journeys: readonly ServiceJourney[],
  templates: ReadonlyMap<string, Template>,
  caseType: CaseType | undefined,
  add: Add,
): void {
  const events = caseType ? workflowEvents(caseType) : new Set<string>();
  manifest.notifications?.send.forEach((rule, index) => {
    const path = ['notifications', 'send', index];
    const entry = journeys.find((j) => j.id === rule.journey);
    if (!entry) {
      if (!manifest.journeys.some((j) => j.id === rule.journey))
        add('unknown_journey', [...path, 'journey'], `No journey has the id "${rule.journey}": use one listed in \`journeys\``);
      return;
    }
    if (rule.on.startsWith('workflow:')) {
      const event = rule.on.slice('workflow:'.length);
      if (!caseType)
        add('no_case_type', [...path, 'on'], `"${rule.on}" needs a case type, and this service has none: send on "submitted" instead`);
      else if (!events.has(event))
        add('unknown_event', [...path, 'on'], `The case type's workflow has no event "${event}": use one of ${[...events].join(', ')}`);
    }
    const template = templates.get(rule.template);
    if (!template) {
      add('unknown_template', [...path, 'template'], `No template has the id "${rule.template}": add it to \`notifications.templates\``);
      return;
    }
    const questions = questionsOf(entry.journey);
    if (template.type === 'letter') {
      add('letter_unsupported', [...path, 'template'], 'Letters are not sent on events yet: use an email or text message template');
    } else if (rule.to === undefined) {
      add('no_recipient', path, `Say which question's answer the ${template.type === 'sms' ? 'text message' : 'email'} goes to, in \`to\``);
    } else {
      const recipient = questions.get(rule.to);
      const wanted = template.type === 'sms' ? 'phone' : 'email';
      if (!recipient)
        add('unknown_question', [...path, 'to'], `The journey "${rule.journey}" has no question "${rule.to}" to send the message to`);
      else if (recipient.type !== wanted)
        add(
          'wrong_recipient',
          [...path, 'to'],
          `The question "${rule.to}" asks for ${recipient.type === 'email' ? 'an email address' : `a ${recipient.type} answer`}, but the template "${template.id}" is ${template.type === 'sms' ? 'a text message: it needs a phone question' : 'an email: it needs an email question'}`,
        );
    }
    const mapped = new Map(Object.entries(rule.personalisation ?? {}).map(([name, question]) => [placeholderKey(name), question]));
    for (const [name, question] of Object.entries(rule.personalisation ?? {})) {
      if (!questions.has(question))
        add(
          'unknown_question',
          [...path, 'personalisation', name],
          `The journey "${rule.journey}" has no question "${question}" to fill ((${name})) from`,
        );
    }
    const builtIn = new Set(BUILT_IN_PLACEHOLDERS.map(placeholderKey));
    const byKey = new Set([...questions.keys()].map(placeholderKey));
    const templateIndex = manifest.notifications?.templates.findIndex((t) => t.id === template.id) ?? -1;
    for (const [locale, variant] of Object.entries(template.variants)) {
      if (!variant) continue;
      for (const name of placeholderNames(variant.subject ?? '', variant.body)) {
        const key = placeholderKey(name);
        if (builtIn.has(key) || mapped.has(key) || byKey.has(key)) continue;
        add(
          'unfilled_placeholder',
          ['notifications', 'templates', templateIndex, 'variants', locale, 'body'],
          `The template "${template.id}" uses ((${name})), but no answer of the journey "${rule.journey}" supplies it (rule ${index + 1} in \`notifications.send\`): name a question "${name}", map it in that rule's \`personalisation\`, or use one of ${BUILT_IN_PLACEHOLDERS.map((p) => `((${p}))`).join(', ')}`,
        );
      }
    }
  });
}

/** Every event of the case type's workflow, at any depth. */
export function workflowEvents(caseType: CaseType): Set<string> {
  const events = new Set<string>();
  const walk = (states: Readonly<Record<string, { readonly on?: object; readonly states?: object }>> | undefined) => {
    for (const state of Object.values(states ?? {})) {
      for (const event of Object.keys(state.on ?? {})) events.add(event);
      walk(state.states as never);
    }
  };
  walk(caseType.machine.definition.states as never);
  return events;
}

/** An event staff can never take would leave cases stuck in its state: someone listed in `staff.roles` must be allowed it. */
function checkWorkflowEvents(manifest: Manifest, caseType: CaseType | undefined, add: Add): void {
  if (!caseType) return;
  const staffRoles = new Set(manifest.staff.roles.map((role) => role.id));
  for (const event of workflowEvents(caseType)) {
    const granted = Object.values(caseType.actions[event]?.allowed ?? {}).flat();
    if (granted.some((role) => staffRoles.has(role))) continue;
    add(
      'event_no_role',
      ['caseType', 'actions', event],
      granted.length === 0
        ? `No role may take the workflow event "${event}", so cases would stop there: grant it to a role in the case type's \`actions\``
        : `The workflow event "${event}" is only allowed to ${granted.join(', ')}, and none of them is a role in \`staff.roles\`: add the role there, or grant the event to one that is`,
    );
  }
}

function checkPayments(manifest: Manifest, journeys: readonly ServiceJourney[], fees: ReadonlyMap<string, FeeSchedule>, add: Add): void {
  manifest.payments?.forEach((step, index) => {
    const path = ['payments', index];
    if (!fees.has(step.fee) && !manifest.fees?.some((schedule) => schedule.id === step.fee))
      add(
        'payment_without_fee',
        [...path, 'fee'],
        fees.size === 0
          ? `This payment step charges the fee "${step.fee}", but the service has no \`fees\`: add a fee schedule with that id`
          : `This payment step charges the fee "${step.fee}", which is not one of the fee schedules in \`fees\` (${[...fees.keys()].join(', ')})`,
      );
    const journey = journeys.find((j) => j.id === step.journey);
    if (!journey) {
      if (!manifest.journeys.some((j) => j.id === step.journey))
        add('unknown_journey', [...path, 'journey'], `No journey has the id "${step.journey}"`);
    } else if (!journey.journey.pages.has(step.afterPage)) {
      add('unknown_page', [...path, 'afterPage'], `The journey "${step.journey}" has no page "${step.afterPage}"`);
    }
  });
}

/** Where the service offers Welsh, every text a person reads must have it. */
// Case types are left out: their labels are plain strings for staff, nothing a Welsh-speaking citizen reads.
function checkWelsh(manifest: Manifest, rawJourneys: readonly unknown[], add: Add): void {
  const missing = (path: ErrorPath, where: string) =>
    add('welsh_missing', [...path, 'cy'], `${where} has no Welsh: the service offers Welsh, so add "cy" beside "en"`);
  walkLocalText(manifest, [], (path) => {
    if (path[0] === 'journeys' || path[0] === 'caseType' || path[0] === 'fees') return;
    missing(path, `\`${describePath(path)}\``);
  });
  manifest.journeys.forEach((entry, index) => {
    const file = 'file' in entry.definition && typeof entry.definition.file === 'string' ? entry.definition.file : undefined;
    walkLocalText(rawJourneys[index], [], (path) =>
      missing(
        ['journeys', index, 'definition', ...path],
        file ? `${file} at ${describePath(path)}` : `The journey "${entry.id}" at ${describePath(path)}`,
      ),
    );
  });
  manifest.fees?.forEach((schedule, index) =>
    walkLocalText(schedule, [], (path) => missing(['fees', index, ...path], `The fee schedule at ${describePath(path)}`)),
  );
  manifest.notifications?.templates.forEach((template, index) => {
    if (!template.variants.cy)
      add(
        'welsh_missing',
        ['notifications', 'templates', index, 'variants', 'cy'],
        `The template "${template.id}" has no Welsh variant: the service offers Welsh, so add variants.cy`,
      );
  });
}

/** Calls `found` with the path of every `{ en, cy? }` object that has English but no Welsh. */
function walkLocalText(value: unknown, path: ErrorPath, found: (path: ErrorPath) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkLocalText(item, [...path, index], found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') {
    if (record.cy === undefined) found(path);
    return;
  }
  for (const [key, child] of Object.entries(record)) walkLocalText(child, [...path, key], found);
}

function describePath(path: ErrorPath): string {
  return path.length === 0
    ? 'the manifest'
    : path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .replace(/^\./, '');
}

export type { LocalText };
