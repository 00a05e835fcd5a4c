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
 * (the mapping makes them), so a leaf is written as it is.
 */
export function serializeSelection(
  value: unknown,
  typeName: string,
  fieldNodes: readonly FieldNode[],
  types: SerializerTypes,
  context: SelectionContext,
): string {
  const parts: string[] = [];
  writeObject(parts, value, typeName, subSelections(fieldNodes), types, context);
  return parts.join('');
}

function subSelections(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  return fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function writeObject(
  out: string[],
  value: unknown,
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  types: SerializerTypes,
  context: SelectionContext,
): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  const fields = types.objects[typeName];
  if (!fields) throw new Error(`${typeName} is not a national type`);
  const collected = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  for (const set of selectionSets)
    collectFields(collected, typeName, set, context, visitedFragments);
  const object = value as Record<string, unknown>;
  out.push('{');
  let first = true;
  for (const [key, nodes] of collected) {
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      out.push(JSON.stringify(typeName));
      continue;
    }
    const field = fields[name];
    if (!field) throw new Error(`${typeName}.${name} is not a field`);
    writeValue(out, object[name], field, nodes, types, context);
  }
  out.push('}');
}

function writeValue(
  out: string[],
  value: unknown,
  field: { type: string; leaf: boolean },
  nodes: readonly FieldNode[],
  types: SerializerTypes,
  context: SelectionContext,
): void {
  if (value === null || value === undefined) {
    out.push('null');
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, k) => {
      if (k > 0) out.push(',');
      writeValue(out, item, field, nodes, types, context);
    });
    out.push(']');
  } else if (field.leaf) {
    const enumValues = types.enums[field.type];
    if (enumValues) {
      const name = enumValues[String(value)];
      if (name === undefined) throw new Error(`${String(value)} is not a ${field.type}`);
      out.push(JSON.stringify(name));
    } else {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new Error(`${value} cannot be sent as ${field.type}`);
      }
      out.push(JSON.stringify(value));
    }
  } else {
    writeObject(out, value, field.type, subSelections(nodes), types, context);
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
