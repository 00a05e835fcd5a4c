// The national answer written as JSON straight from its plain objects and the query's selection,
// without graphql-js completing each of its ~100 000 fields: run in the national statistics thread.
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isEnumType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The national types as the serializer needs them: per object type, each field's type (an object
 * type's name, or `leaf`), and per enum type its values' names. Derived from the schema, so the
 * serializer follows it.
 */
export interface SerializerTypes {
  objects: Record<string, Record<string, { type: string; leaf: boolean }>>;
  enums: Record<string, Record<string, string>>;
}

/** The object and enum types reachable from `root` (the national answer's type). */
export function serializerTypes(schema: GraphQLSchema, root: string): SerializerTypes {
  const types: SerializerTypes = { objects: {}, enums: {} };
  const visit = (name: string): void => {
    if (types.objects[name] || types.enums[name]) return;
    const type = schema.getType(name);
    if (isEnumType(type)) {
      types.enums[name] = Object.fromEntries(
        type.getValues().map((v) => [String(v.value), v.name]),
      );
      return;
    }
    if (!isObjectType(type)) return;
    const fields: Record<string, { type: string; leaf: boolean }> = {};
    types.objects[name] = fields;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) throw new Error(`${name}.${field.name} takes arguments`);
      const named = getNamedType(field.type);
      fields[field.name] = { type: named.name, leaf: isLeafType(named) };
      visit(named.name);
    }
  };
  visit(root);
  return types;
}

/** What the serializer needs of the request: its fragments and its (coerced) variables. */
export interface SelectionContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * `value` (plain objects, arrays, numbers, strings, null) of the object type `typeName` as the
 * JSON graphql-js would answer for the field `fieldNodes` select: aliases, fields merged by
 * response name in order of first appearance, fragments and inline fragments (the national types
 * are object types, so a fragment applies when its type condition is the type), `@skip` and
 * `@include`, `__typename`, enum values by name. The values are already what the scalars answer
 * (the mapping makes them), so a leaf is written as it is. The selection is collected once per
 * type and field (as graphql-js memoises it), then every group is written by the same plan.
 */
export function serializeSelection(
  value: unknown,
  typeName: string,
  fieldNodes: readonly FieldNode[],
  types: SerializerTypes,
  context: SelectionContext,
): string {
  return writeObject(value, planOf(typeName, subSelections(fieldNodes), types, context));
}

/**
 * The fields selected on `typeName` anywhere in the answer to `fieldNodes` (through aliases,
 * fragments and directives, as they would be written): for NationalFigures, what the statement
 * must compute.
 */
export function fieldsSelectedOn(
  typeName: string,
  rootType: string,
  fieldNodes: readonly FieldNode[],
  types: SerializerTypes,
  context: SelectionContext,
): Set<string> {
  const found = new Set<string>();
  const visit = (plan: ObjectPlan): void => {
    for (const entry of plan.entries) {
      if (plan.typeName === typeName) found.add(entry.name);
      if (entry.plan) visit(entry.plan);
    }
  };
  visit(planOf(rootType, subSelections(fieldNodes), types, context));
  return found;
}

/** How to write one object type for one selection: its response names, in order. */
interface ObjectPlan {
  typeName: string;
  entries: Array<{
    /** `"key":` */
    prefix: string;
    name: string;
    kind: 'typename' | 'leaf' | 'enum' | 'object';
    enumValues?: Record<string, string>;
    type: string;
    plan?: ObjectPlan;
  }>;
}

function planOf(
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  types: SerializerTypes,
  context: SelectionContext,
): ObjectPlan {
  const fields = types.objects[typeName];
  if (!fields) throw new Error(`${typeName} is not a national type`);
  const collected = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  for (const set of selectionSets) {
    collectFields(collected, typeName, set, context, visitedFragments);
  }
  const entries: ObjectPlan['entries'] = [];
  for (const [key, nodes] of collected) {
    const prefix = `${entries.length > 0 ? ',' : ''}${JSON.stringify(key)}:`;
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      entries.push({ prefix, name, kind: 'typename', type: typeName });
      continue;
    }
    const field = fields[name];
    if (!field) throw new Error(`${typeName}.${name} is not a field`);
    const enumValues = types.enums[field.type];
    if (!field.leaf) {
      entries.push({
        prefix,
        name,
        kind: 'object',
        type: field.type,
        plan: planOf(field.type, subSelections(nodes), types, context),
      });
    } else if (enumValues) {
      entries.push({ prefix, name, kind: 'enum', type: field.type, enumValues });
    } else {
      entries.push({ prefix, name, kind: 'leaf', type: field.type });
    }
  }
  return { typeName, entries };
}

function subSelections(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  return fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function writeObject(value: unknown, plan: ObjectPlan): string {
  if (value === null || value === undefined) return 'null';
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const entry of plan.entries) {
    out += entry.prefix;
    out +=
      entry.kind === 'typename'
        ? JSON.stringify(plan.typeName)
        : writeValue(object[entry.name], entry);
  }
  return `${out}}`;
}

function writeValue(value: unknown, entry: ObjectPlan['entries'][number]): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let k = 0; k < value.length; k++) {
      if (k > 0) out += ',';
      out += writeValue(value[k], entry);
    }
    return `${out}]`;
  }
  switch (entry.kind) {
    case 'object':
      return writeObject(value, entry.plan!);
    case 'enum': {
      const name = entry.enumValues![String(value)];
      if (name === undefined) throw new Error(`${String(value)} is not a ${entry.type}`);
      return JSON.stringify(name);
    }
    default:
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`${value} cannot be sent as ${entry.type}`);
        return String(value);
      }
      return JSON.stringify(value);
  }
}

/** graphql-js's collectFields for an object type: response name → its field nodes, in order. */
function collectFields(
  collected: Map<string, FieldNode[]>,
  typeName: string,
  selectionSet: SelectionSetNode,
  context: SelectionContext,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, context)) continue;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = collected.get(key);
        if (nodes) nodes.push(selection);
        else collected.set(key, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (
          selection.typeCondition === undefined ||
          selection.typeCondition.name.value === typeName
        ) {
          collectFields(collected, typeName, selection.selectionSet, context, visitedFragments);
        }
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = context.fragments[name];
        if (!fragment || fragment.typeCondition.name.value !== typeName) continue;
        collectFields(collected, typeName, fragment.selectionSet, context, visitedFragments);
        break;
      }
    }
  }
}

function included(
  node: Parameters<typeof getDirectiveValues>[1],
  context: SelectionContext,
): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variables);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variables);
  return include?.['if'] !== false;
}
