/** Stage 2, validate: check a loaded file against a zod schema, every issue positioned. */
import { isMap, isScalar } from 'yaml';
import type { z } from 'zod';
import { DataError, type DataIssue } from '../errors.ts';
import { codeFrame } from '../load/code-frame.ts';
import { nodeAt, type PathSegment } from '../load/position.ts';
import { sortIssues, type SourceFile } from '../load/source-file.ts';
import type { FieldIssue } from './cross-field-checks.ts';
import { issueMessage, unknownKeyMessage } from './issue-message.ts';

/**
 * Parses the file's data with `schema`, or throws a DataError listing every problem.
 * `crossChecks`: the schema's rules that span fields, run on the raw data too when the schema
 * fails, since zod then skips them (their issues, also found by the schema, are kept once).
 */
export function validateSource<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  code: 'QBR_INVALID_DATA' | 'QBR_INVALID_CONFIG' = 'QBR_INVALID_DATA',
  crossChecks: (data: unknown) => FieldIssue[] = () => [],
): z.output<S> {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  const crossIssues = crossChecks(source.data).map(
    ({ path, message }): z.core.$ZodIssue => ({ code: 'custom', path, message, input: valueAt(source.data, path) }),
  );
  const issues = [...result.error.issues, ...crossIssues].flatMap((issue) => toDataIssues(source, schema, issue));
  throw new DataError(code, sortIssues(dedupe(issues)));
}

function toDataIssues(source: SourceFile, schema: z.ZodType, issue: z.core.$ZodIssue): DataIssue[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeysAt(schema, path);
    const parent = nodeAt(source.document, path);
    return issue.keys.map((key) => {
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      // `{ description: Diesel, empty runs }`: inside braces a comma starts a new key.
      const commaInBraces =
        isMap(parent) && parent.flow && (pair?.value === null || (isScalar(pair?.value) && pair.value.value === null));
      const message = commaInBraces
        ? `unknown key "${key}": inside { } a comma starts a new key; put the text before it in quotes`
        : unknownKeyMessage(key, allowed);
      return positioned(source, [...path, key], true, message);
    });
  }
  if (path.length === 0 && source.data === undefined) {
    return [positioned(source, path, false, 'the file is empty; an account needs at least name: and contract:')];
  }
  const input = 'input' in issue ? issue.input : valueAt(source.data, path);
  return [positioned(source, path, issue.code === 'invalid_key', issueMessage(issue, input))];
}

/** An issue at the value a field path leads to (or at its key, `onKey`). */
export function positioned(source: SourceFile, path: PathSegment[], onKey: boolean, message: string): DataIssue {
  const node = nodeAt(source.document, path, onKey);
  const { line, col } = node?.range ? source.lines.linePos(node.range[0]) : { line: 1, col: 1 };
  return {
    file: source.displayPath,
    line,
    column: col,
    path: formatPath(path),
    message,
    frame: codeFrame(source.text, line, col),
  };
}

/** `['promises', 0, 'target']` -> `promises[0].target` */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<PathSegment, unknown> | undefined)?.[segment];
  return value;
}

/** The keys an object schema allows at a path, for "did you mean" hints. */
function objectKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const def = current?._zod.def as unknown as Record<string, z.core.$ZodType> & {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
    };
    if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return [];
    current = current && unwrap(current);
  }
  const def = current?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** zod can report one fault twice (a union's branches); keep each position and message once. */
function dedupe(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.line}:${i.column}:${i.path}:${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
