import type { FieldDefs } from "contentlayer2/source-files";
import { didYouMean } from "../content/suggest";

/** The part of a contentlayer field definition the check reads: the schema stays the one source of truth. */
export type FieldDef = { type: string; required?: boolean; of?: unknown };

/** A type's fields as declared in lib/content/schema.ts (an object or a list there), by name. */
export function fieldsOf(fields: FieldDefs | undefined): Record<string, FieldDef> {
  if (!fields) return {};
  return Array.isArray(fields) ? Object.fromEntries(fields.map((field) => [field.name, field])) : fields;
}

/** A list of nested types (the tag registry's `tags`) holds mappings, not strings. */
function listsMappings(def: FieldDef): boolean {
  return typeof def.of === "object" && def.of !== null && "type" in def.of && def.of.type === "nested";
}

export type FieldProblem = { field: string; message: string; suggestion?: string | undefined };

function describe(def: FieldDef): string {
  switch (def.type) {
    case "list":
      return listsMappings(def) ? "a list of `field: value` mappings" : "a list such as [a, b]";
    case "reference":
      return "a file path such as authors/<slug>.yml";
    case "boolean":
      return "true or false";
    default:
      return `a ${def.type}`;
  }
}

function hasType(value: unknown, def: FieldDef): boolean {
  switch (def.type) {
    case "string":
    case "reference":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number";
    case "list":
      return (
        Array.isArray(value) && value.every((item) => (listsMappings(def) ? isRecord(item) : typeof item === "string"))
      );
    default:
      return true;
  }
}

/** Missing, mistyped and unknown fields, and references to documents that don't exist. */
export function checkFields(
  data: Record<string, unknown>,
  schema: Record<string, FieldDef>,
  references: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const names = Object.keys(schema);
  for (const [field, def] of Object.entries(schema)) {
    const value = Object.hasOwn(data, field) ? data[field] : undefined;
    if (value === undefined || value === null) {
      if (def.required) problems.push({ field, message: `is missing, expected ${describe(def)}` });
      continue;
    }
    if (!hasType(value, def)) {
      problems.push({ field, message: `${JSON.stringify(value)} has the wrong type, expected ${describe(def)}` });
      continue;
    }
    if (def.type === "reference" && typeof value === "string" && !references.includes(value)) {
      problems.push({
        field,
        message: `unknown ${field} "${value}", expected one of: ${references.join(", ")}`,
        suggestion: didYouMean(value, references),
      });
    }
  }
  for (const field of Object.keys(data)) {
    // Own keys only: `__proto__:` or `constructor:` in a file is an unknown field like any other.
    if (!Object.hasOwn(schema, field)) {
      problems.push({
        field,
        message: `is not a known field, expected one of: ${names.join(", ")}`,
        suggestion: didYouMean(field, names),
      });
    }
  }
  return problems;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
