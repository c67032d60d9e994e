/**
 * Edits to an account file that leave every other byte as it was. The yaml Document finds the
 * node to change (parseDocument, node ranges); the change is then spliced into the text. The
 * Document's own `toString()` would re-wrap folded text, drop the spacing before comments and
 * re-pad flow collections, changing lines nobody touched.
 *
 * New keys and entries follow their neighbours: block or flow, the same indentation, in
 * quarter (or field) order.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { compareQuarters } from '../analyse/quarter.ts';
import { QUARTER_PATTERN } from '../validate/written-forms.ts';
import { ADOPTION_FIELDS, SUPPORT_FIELDS } from './metrics.ts';

/** A place that cannot be written without rewriting more than one figure (an alias, say). */
export class EditError extends Error {}

type Segment = string | number;

/** How new maps are written: maps created at this depth of the path or deeper are `{ flow }`. */
export interface NewMapStyle {
  flowFrom: number;
}

/** The value entry a figure adds to `value:`. */
export interface ValueEntry {
  quarter: string;
  amount: number;
  description: string | undefined;
}

/** Sets the number at `path` (map keys, and indexes of existing list items); missing maps are added. */
export function setNumberIn(text: string, path: Segment[], value: number, style: NewMapStyle): string {
  const doc = parseDocument(text);
  let node: unknown = doc.contents;
  let keyColumn = -1;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    if (isAlias(node)) throw new EditError(`${path.slice(0, depth).join('.')} is an alias (*${node.source}); write the figure where the anchor is`);
    if (typeof segment === 'number') {
      node = (node as YAMLSeq).items[segment];
      keyColumn = -1;
      continue;
    }
    if (!isMap(node)) throw new EditError(`${path.slice(0, depth).join('.') || 'the file'} is not a mapping`);
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
    if (!pair) return insertPair(text, node, keyColumn, path, depth, value, style);
    if (depth === path.length - 1) return replaceNumber(text, pair.value, value);
    keyColumn = node.flow ? -1 : columnOf(text, (pair.key as Node).range![0]);
    node = pair.value;
  }
  throw new EditError('empty path');
}

/** Adds an entry to the `value:` list, before the first entry of a later quarter. */
export function insertValueEntry(text: string, entry: ValueEntry): string {
  const doc = parseDocument(text);
  const list = doc.get('value', true);
  const fields: Array<[string, string]> = [['quarter', entry.quarter], ['amount', numberText(entry.amount)]];
  if (entry.description !== undefined) fields.push(['description', yamlString(entry.description)]);
  const flowItem = `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  if (list === undefined) return appendTopLevel(text, doc.contents as YAMLMap, `value:\n  - ${flowItem}\n`);
  if (!isSeq(list)) throw new EditError('value is not a list');
  const items = list.items as Node[];
  const later = items.findIndex((item) => isMap(item) && typeof item.get('quarter') === 'string' && compareQuarters(String(item.get('quarter')), entry.quarter) > 0);
  if (list.flow) {
    if (items.length === 0) return emptyFlowToBlock(text, list, `- ${flowItem}`, valueKeyColumn(doc, text));
    return later >= 0 ? splice(text, items[later]!.range![0], 0, `${flowItem}, `) : splice(text, items.at(-1)!.range![1], 0, `, ${flowItem}`);
  }
  const neighbour = items[later >= 0 ? later : items.length - 1]!;
  const dash = text.lastIndexOf('-', neighbour.range![0]);
  const indent = ' '.repeat(columnOf(text, dash));
  const inner = ' '.repeat(columnOf(text, neighbour.range![0]));
  const itemText = isMap(neighbour) && !neighbour.flow ? `${indent}- ${fields.map(([k, v]) => `${k}: ${v}`).join(`\n${inner}`)}\n` : `${indent}- ${flowItem}\n`;
  return later >= 0 ? splice(text, lineStart(text, dash), 0, itemText) : insertAtLineEnd(text, neighbour.range![1], itemText);
}

/** A number as YAML writes it: `52`, `6.4`, `-3`. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** Plain when that reads back as the same text in any context, else double-quoted. */
export function yamlString(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .\-/()&+']*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[-+.\d]/.test(value);
  return plain ? value : JSON.stringify(value);
}

function replaceNumber(text: string, node: unknown, value: number): string {
  if (!isScalar(node) || typeof node.value !== 'number' || !node.range) throw new EditError('the figure there is not a number');
  return node.value === value ? text : splice(text, node.range[0], node.range[1] - node.range[0], numberText(value));
}

/** Adds `path[depth]` (and the maps below it, down to the number) to `map`. */
function insertPair(text: string, map: YAMLMap, keyColumn: number, path: Segment[], depth: number, value: number, style: NewMapStyle): string {
  const key = String(path[depth]);
  const rest = path.slice(depth + 1).map(String);
  const pairs = map.items as Array<Pair<Node, Node | null>>;
  const siblingMap = pairs.map((p) => p.value).find((v): v is YAMLMap => isMap(v));
  const flowBelow = siblingMap ? Boolean(siblingMap.flow) : depth >= style.flowFrom;
  if (pairs.length === 0) {
    if (!map.flow) throw new EditError(`${path.slice(0, depth).join('.')} is empty`);
    if (keyColumn < 0) return splice(text, map.range![0], map.range![1] - map.range![0], `{ ${key}: ${flowValue(rest, value)} }`);
    return emptyFlowToBlock(text, map, `${key}:${blockValue(rest, value, keyColumn + 2, depth, style, flowBelow)}`, keyColumn);
  }
  const later = pairs.findIndex((p) => comesAfter(String((p.key as { value?: unknown }).value), key));
  if (map.flow) {
    const entry = `${key}: ${flowValue(rest, value)}`;
    return later >= 0 ? splice(text, pairs[later]!.key.range![0], 0, `${entry}, `) : splice(text, endOf(pairs.at(-1)!), 0, `, ${entry}`);
  }
  const column = columnOf(text, pairs[0]!.key.range![0]);
  const blank = depth === 0 ? '\n' : '';
  const line = `${' '.repeat(column)}${key}:${blockValue(rest, value, column, depth, style, flowBelow)}\n`;
  if (later >= 0) return splice(text, lineStart(text, pairs[later]!.key.range![0]), 0, line);
  return insertAtLineEnd(text, endOf(pairs.at(-1)!), blank + line);
}

/**
 * What follows `key:` (the key at `keyDepth` of the path, written at `column`) for a new value:
 * ` 52`, ` { active: 214 }`, or indented lines. `flow`: this value, a map, is written `{ }`.
 */
function blockValue(rest: string[], value: number, column: number, keyDepth: number, style: NewMapStyle, flow: boolean): string {
  if (rest.length === 0) return ` ${numberText(value)}`;
  if (flow) return ` ${flowValue(rest, value)}`;
  const inner = column + 2;
  return `\n${' '.repeat(inner)}${rest[0]}:${blockValue(rest.slice(1), value, inner, keyDepth + 1, style, keyDepth + 1 >= style.flowFrom)}`;
}

function flowValue(rest: string[], value: number): string {
  return rest.length === 0 ? numberText(value) : `{ ${rest[0]}: ${flowValue(rest.slice(1), value)} }`;
}

/** `key: {}` or `key: []` becomes `key:` and block lines under it (a comment after it stays). */
function emptyFlowToBlock(text: string, node: Node, firstItem: string, keyColumn: number): string {
  const [start, end] = node.range!;
  let from = start;
  while (text[from - 1] === ' ') from--;
  const withItem = insertAtLineEnd(text, end, `${' '.repeat(keyColumn + 2)}${firstItem}\n`);
  return splice(withItem, from, end - from, '');
}

function appendTopLevel(text: string, root: YAMLMap, section: string): string {
  const last = root.items.at(-1) as Pair<Node, Node | null> | undefined;
  return last ? insertAtLineEnd(text, endOf(last), `\n${section}`) : `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${section}`;
}

function valueKeyColumn(doc: ReturnType<typeof parseDocument>, text: string): number {
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'value');
  return columnOf(text, (pair!.key as Node).range![0]);
}

const FIELD_ORDER: readonly string[] = [...ADOPTION_FIELDS, ...SUPPORT_FIELDS];

/** Quarters in time order, entry fields in the file's usual order; anything else is not moved past. */
function comesAfter(existing: string, added: string): boolean {
  if (QUARTER_PATTERN.test(existing) && QUARTER_PATTERN.test(added)) return compareQuarters(existing, added) > 0;
  const a = FIELD_ORDER.indexOf(existing);
  const b = FIELD_ORDER.indexOf(added);
  return a >= 0 && b >= 0 && a > b;
}

function endOf(pair: Pair<Node, Node | null>): number {
  return pair.value?.range?.[1] ?? pair.key.range![1];
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Inserts whole lines after the line `position` is on (or at it, when it starts a line). */
function insertAtLineEnd(text: string, position: number, lines: string): string {
  if (position > 0 && text[position - 1] === '\n') return splice(text, position, 0, lines);
  const newline = text.indexOf('\n', position);
  return newline < 0 ? `${text}\n${lines}` : splice(text, newline + 1, 0, lines);
}

function lineStart(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

function columnOf(text: string, position: number): number {
  return position - lineStart(text, position);
}
