/**
 * Reads GOV.UK Pay's published OpenAPI description (a copy of
 * alphagov/pay-publicapi `openapi/publicapi_spec.json`, MIT, kept beside this
 * file) and checks values against its schema components. It understands the
 * parts of JSON Schema that description uses: `$ref`, `type`, `properties`,
 * `required`, `enum`, `minimum`/`maximum`, `minLength`/`maxLength`, `pattern`,
 * `items` and `format: int32`. Request bodies are checked strictly: a property
 * the description does not list is a deviation.
 */
import { readFileSync } from 'node:fs';

export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly items?: SchemaNode;
  readonly format?: string;
  readonly additionalProperties?: SchemaNode | boolean;
}

interface Parameter {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required?: boolean;
  readonly schema?: SchemaNode;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: {
    readonly content: { readonly 'application/json': { readonly schema: SchemaNode } };
    readonly required?: boolean;
  };
  readonly responses: Readonly<Record<string, unknown>>;
  readonly security?: readonly Readonly<Record<string, unknown>>[];
}

export interface OpenApi {
  readonly servers: readonly { url: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, SchemaNode>> };
}

export const openApi = JSON.parse(readFileSync(new URL('./govuk-pay-publicapi-openapi.json', import.meta.url), 'utf8')) as OpenApi;

export function operation(template: string, method: string): Operation {
  const found = openApi.paths[template]?.[method.toLowerCase()];
  if (!found) throw new Error(`The OpenAPI description has no ${method} ${template}`);
  return found;
}

/** The path template a request path matches (`/v1/payments/{paymentId}`), with its parameters. */
export function matchPath(path: string): { template: string; params: Record<string, string> } | undefined {
  for (const template of Object.keys(openApi.paths)) {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const match = pattern.exec(path);
    if (match)
      return { template, params: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')])) };
  }
  return undefined;
}

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace('#/components/schemas/', '');
  const target = openApi.components.schemas[name];
  if (!target) throw new Error(`Unknown schema ${node.$ref}`);
  return target;
}

export type Override = (value: unknown, path: string) => string[] | undefined;

/**
 * Every way `value` breaks `schema`, as `path: problem` lines; empty when it fits.
 * `overrides` replace the check of a named component (see the metadata note in fake-pay.ts).
 */
export function validate(schema: SchemaNode, value: unknown, path = '', overrides: Readonly<Record<string, Override>> = {}): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const override = overrides[name];
    if (override) return override(value, path) ?? [];
  }
  const node = resolve(schema);
  const where = path === '' ? 'body' : path;
  const problems: string[] = [];
  if (node.enum && !node.enum.includes(value)) problems.push(`${where}: must be one of ${node.enum.join(', ')}`);
  switch (node.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: must be an object`];
      const record = value as Record<string, unknown>;
      for (const name of node.required ?? []) if (!(name in record)) problems.push(`${path ? `${path}.` : ''}${name}: is required`);
      for (const [name, item] of Object.entries(record)) {
        const child = node.properties?.[name];
        const childPath = path ? `${path}.${name}` : name;
        if (child) problems.push(...validate(child, item, childPath, overrides));
        else if (node.additionalProperties !== undefined && typeof node.additionalProperties === 'object') {
          problems.push(...validate(node.additionalProperties, item, childPath, overrides));
        } else problems.push(`${childPath}: is not a property the API knows`);
      }
      break;
    }
    case 'string':
      if (typeof value !== 'string') return [`${where}: must be a string`];
      if (node.minLength !== undefined && value.length < node.minLength) problems.push(`${where}: shorter than ${node.minLength}`);
      if (node.maxLength !== undefined && value.length > node.maxLength) problems.push(`${where}: longer than ${node.maxLength}`);
      if (node.pattern !== undefined && !new RegExp(node.pattern).test(value)) problems.push(`${where}: does not match ${node.pattern}`);
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return [`${where}: must be an integer`];
      if (node.format === 'int32' && (value > 2 ** 31 - 1 || value < -(2 ** 31))) problems.push(`${where}: outside int32`);
      if (node.minimum !== undefined && value < node.minimum) problems.push(`${where}: below ${node.minimum}`);
      if (node.maximum !== undefined && value > node.maximum) problems.push(`${where}: above ${node.maximum}`);
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [`${where}: must be a number`];
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return [`${where}: must be a boolean`];
      break;
    case 'array':
      if (!Array.isArray(value)) return [`${where}: must be an array`];
      if (node.items)
        value.forEach((item, index) => problems.push(...validate(node.items as SchemaNode, item, `${where}[${index}]`, overrides)));
      break;
    default:
      break;
  }
  return problems;
}
