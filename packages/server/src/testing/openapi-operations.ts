import { PERMISSIONS } from '@mot/core';
import type { TPermission } from '@mot/core';
import { ACCESS_EXTENSION } from '../access/authorize.ts';
import type { TRouteAccess } from '../access/context.ts';
import type { TAppWithAuth } from '../app.ts';

/** A JSON Schema as the OpenAPI document carries it (after `$ref`s are inlined). */
export type TJsonSchema = {
  type?: string | string[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  additionalProperties?: boolean | TJsonSchema;
  propertyNames?: TJsonSchema;
  items?: TJsonSchema;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  allOf?: TJsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
  $ref?: string;
};

/** A parameter of an operation: where it goes, its name, whether it is required and its schema. */
export type TParameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required: boolean;
  schema: TJsonSchema;
};

/** One operation of the document: what the access suites call. */
export type TOperation = {
  method: string;
  /** The OpenAPI path, with `{name}` placeholders. */
  path: string;
  /** `x-mot-access` as written in the document (anything: the suite checks it). */
  access: unknown;
  parameters: TParameter[];
  body: TJsonSchema | undefined;
};

type TDocument = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, TJsonSchema> };
};

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Whether `value` is an access a route may declare: a permission of core's table or one of the three others. */
export function isKnownAccess(value: unknown): value is TRouteAccess {
  return (
    value === 'signed-in' ||
    value === 'instance-admin' ||
    value === 'public' ||
    (PERMISSIONS as readonly unknown[]).includes(value)
  );
}

/** Whether an access names a permission in a workspace (as opposed to signed-in, instance-admin, public). */
export function isPermission(access: TRouteAccess): access is TPermission {
  return (PERMISSIONS as readonly string[]).includes(access);
}

/**
 * Inlines `$ref`s. An array documented as `items: {}` whose description names a component ("(schema
 * MomentInput)") gets that component as its items: the batch routes check items one by one, so they declare
 * them `unknown`, but a caller sends that schema.
 */
function resolve(schema: TJsonSchema, components: Record<string, TJsonSchema>, depth = 0): TJsonSchema {
  if (depth > 40) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(components[name] ?? {}, components, depth + 1);
  }
  const out: TJsonSchema = { ...schema };
  const named = /\(schema (\w+)\)/.exec(schema.description ?? '')?.[1];
  if (schema.items && Object.keys(schema.items).length === 0 && named && components[named]) {
    out.items = components[named];
  }
  if (out.items) out.items = resolve(out.items, components, depth + 1);
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, resolve(v, components, depth + 1)]),
    );
  }
  if (typeof out.additionalProperties === 'object') {
    out.additionalProperties = resolve(out.additionalProperties, components, depth + 1);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = out[key];
    if (list) out[key] = list.map((s) => resolve(s, components, depth + 1));
  }
  return out;
}

/** Every operation (method + path) of the app's OpenAPI document, as served at `GET /api/openapi.json`. */
export async function readOperations(app: TAppWithAuth): Promise<TOperation[]> {
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const document = (await res.json()) as TDocument;
  const components = document.components?.schemas ?? {};
  const operations: TOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const parameters = ((operation['parameters'] ?? []) as TParameter[]).map((p) => ({
        in: p.in,
        name: p.name,
        required: p.required === true,
        schema: resolve(p.schema, components),
      }));
      const content = (operation['requestBody'] as { content?: Record<string, { schema: TJsonSchema }> })
        ?.content?.['application/json'];
      operations.push({
        method: method.toUpperCase(),
        path,
        access: operation[ACCESS_EXTENSION],
        parameters,
        body: content && resolve(content.schema, components),
      });
    }
  }
  return operations;
}

/** `/api/journeys/{journey}` as the app's router writes it: `/api/journeys/:journey`. */
export function routerPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

/** The path with its `{name}` placeholders filled (each value URI-encoded unless `raw`). */
export function fillPath(path: string, values: Record<string, string>, raw = false): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name] ?? 'missing';
    return raw ? value : encodeURIComponent(value);
  });
}
