/**
 * The keys and value entries an import adds to one file, gathered per existing map or list and
 * written out together. Each new key goes where adding the figures one by one, in their order,
 * would put it: before the first key that comes after it, else at the end; so one parse of the
 * file places them all.
 */
import { isMap, type Node, type Pair, type YAMLMap } from 'yaml';
import { compareQuarters } from '../calendar/quarter.ts';
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { ADOPTION_FIELDS, SUPPORT_FIELDS } from './metrics.ts';
import { columnOf, insertAtLineEnd, lineStart, type TextEdit } from './text-edits.ts';

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

/** A list of value entries made where the file has no `value:` yet. */
export class NewList {
  readonly entries: ValueEntry[] = [];
}

/** A number, or a map or list that does not exist yet. */
export type NewValue = number | NewKeys | NewList;
export type NewKeys = Map<string, NewValue>;

/** New keys for a map of the file; `depth`: the keys' place in the path. `keyColumn`: the column of the map's own key, -1 in flow. */
export interface MapAdditions {
  map: YAMLMap;
  keyColumn: number;
  depth: number;
  keys: NewKeys;
  /** Each new key's style (a value entry's `value:` and a quarter's `adoption:` are written differently). */
  styles: Map<string, NewMapStyle>;
}

/** Sets `rest` (the path below the map) to `value` in the keys to add. */
export function addNew(keys: NewKeys, rest: string[], value: number | ValueEntry): void {
  const [key, ...below] = rest as [string, ...string[]];
  if (below.length > 0) {
    if (!(keys.get(key) instanceof Map)) keys.set(key, new Map());
    addNew(keys.get(key) as NewKeys, below, value);
    return;
  }
  if (typeof value === 'number') return void keys.set(key, value);
  if (!(keys.get(key) instanceof NewList)) keys.set(key, new NewList());
  (keys.get(key) as NewList).entries.push(value);
}

/** The edits that add `keys` to an existing map. */
export function mapEdits(text: string, { map, keyColumn, depth, keys, styles }: MapAdditions): TextEdit[] {
  const pairs = map.items as Array<Pair<Node, Node | null>>;
  const siblingMap = pairs.map((p) => p.value).find((v): v is YAMLMap => isMap(v));
  const line =
    (column: number) =>
    ([key, value]: [string, NewValue]) => {
      const style = styles.get(key)!;
      const flowBelow = siblingMap ? Boolean(siblingMap.flow) : depth >= style.flowFrom;
      return `${' '.repeat(column)}${key}:${blockValue(value, column, depth, style, flowBelow)}\n`;
    };
  const added = [...keys];
  if (pairs.length === 0) {
    if (keyColumn < 0)
      return [{ at: map.range![0], remove: map.range![1] - map.range![0], insert: flowText(keys), depth }];
    return emptyFlowToBlock(
      text,
      map,
      orderedKeys(keys)
        .map(line(keyColumn + 2))
        .join(''),
      depth,
    );
  }
  const existing = pairs.map((p) => String((p.key as { value?: unknown }).value));
  const runs = placed<string, [string, NewValue]>(existing, added, (item, [key]) =>
    comesAfter(typeof item === 'string' ? item : item[0], key),
  );
  const edits: TextEdit[] = [];
  if (map.flow) {
    runs.before.forEach((run, k) =>
      edits.push({
        at: pairs[k]!.key.range![0],
        remove: 0,
        insert: run.map((e) => `${flowEntry(e)}, `).join(''),
        depth,
      }),
    );
    if (runs.after.length > 0)
      edits.push({
        at: endOf(pairs.at(-1)!),
        remove: 0,
        insert: runs.after.map((e) => `, ${flowEntry(e)}`).join(''),
        depth,
      });
    return edits;
  }
  const column = columnOf(text, pairs[0]!.key.range![0]);
  const blank = depth === 0 ? '\n' : '';
  runs.before.forEach((run, k) =>
    edits.push({
      at: lineStart(text, pairs[k]!.key.range![0]),
      remove: 0,
      insert: run.map(line(column)).join(''),
      depth,
    }),
  );
  if (runs.after.length > 0)
    edits.push(
      insertAtLineEnd(text, endOf(pairs.at(-1)!), runs.after.map((e) => blank + line(column)(e)).join(''), depth),
    );
  return edits;
}

/**
 * Where each of `added` goes among `existing`, added one at a time in order, each before the
 * first item that comes after it: the runs before existing item k, and the run after the last.
 */
export function placed<E, A>(existing: E[], added: A[], after: (item: E | A, newItem: A) => boolean): Runs<A> {
  const list: Array<Slot<E | A>> = existing.map((item, index) => ({ item, index }));
  for (const item of added) {
    const later = list.findIndex((slot) => after(slot.item, item));
    list.splice(later < 0 ? list.length : later, 0, { item, index: -1 });
  }
  return runsOf(list as Array<Slot<A>>);
}

/** An item of a list as its additions are placed: `index` in the file's list, -1 when new. */
export interface Slot<T> {
  item: T;
  index: number;
}

/** The new items before each existing item (by its index), and after the last one. */
export interface Runs<A> {
  before: Map<number, A[]>;
  after: A[];
}

export function runsOf<A>(list: Array<Slot<A>>): Runs<A> {
  const before = new Map<number, A[]>();
  let run: A[] = [];
  for (const slot of list) {
    if (slot.index < 0) {
      run.push(slot.item);
    } else if (run.length > 0) {
      before.set(slot.index, run);
      run = [];
    }
  }
  return { before, after: run };
}

/** New keys in the order adding them one by one gives. */
function orderedKeys(keys: NewKeys): Array<[string, NewValue]> {
  return placed<never, [string, NewValue]>([], [...keys], ([existing], [key]) => comesAfter(existing, key)).after;
}

/** `key: {}` or `key: []` becomes `key:` and block lines under it (a comment after it stays). */
export function emptyFlowToBlock(text: string, node: Node, lines: string, depth: number): TextEdit[] {
  const [start, end] = node.range!;
  let from = start;
  while (text[from - 1] === ' ') from--;
  return [{ at: from, remove: end - from, insert: '', depth }, insertAtLineEnd(text, end, lines, depth)];
}

/**
 * What follows `key:` (the key at `keyDepth` of the path, written at `column`) for a new value:
 * ` 52`, ` { active: 214 }`, or indented lines. `flow`: this value, a map, is written `{ }`.
 */
function blockValue(value: NewValue, column: number, keyDepth: number, style: NewMapStyle, flow: boolean): string {
  if (typeof value === 'number') return ` ${numberText(value)}`;
  const inner = ' '.repeat(column + 2);
  if (value instanceof NewList)
    return `\n${orderedEntries(value)
      .map((e) => `${inner}- ${flowItem(e)}`)
      .join('\n')}`;
  if (flow) return ` ${flowText(value)}`;
  const below = keyDepth + 1 >= style.flowFrom;
  return `\n${orderedKeys(value)
    .map(([key, v]) => `${inner}${key}:${blockValue(v, column + 2, keyDepth + 1, style, below)}`)
    .join('\n')}`;
}

function flowText(keys: NewKeys): string {
  return `{ ${orderedKeys(keys).map(flowEntry).join(', ')} }`;
}

function flowEntry([key, value]: [string, NewValue]): string {
  if (typeof value === 'number') return `${key}: ${numberText(value)}`;
  if (value instanceof NewList) return `${key}: [${orderedEntries(value).map(flowItem).join(', ')}]`;
  return `${key}: ${flowText(value)}`;
}

/** New value entries in the order adding them one by one gives: quarter order, ties as given. */
export function orderedEntries(list: NewList): ValueEntry[] {
  return placed<ValueEntry, ValueEntry>([], list.entries, (a, b) => compareQuarters(a.quarter, b.quarter) > 0).after;
}

/** The fields of a value entry as written: quarter, amount, then the description if any. */
export function entryFields(entry: ValueEntry): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['quarter', entry.quarter],
    ['amount', numberText(entry.amount)],
  ];
  if (entry.description !== undefined) fields.push(['description', yamlString(entry.description)]);
  return fields;
}

export function flowItem(entry: ValueEntry): string {
  return `{ ${entryFields(entry)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

/** A number as YAML writes it: `52`, `6.4`, `-3`. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** Plain when that reads back as the same text in any context, else double-quoted. */
export function yamlString(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .\-/()&+']*$/u.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^[-+.\d]/.test(value);
  return plain ? value : JSON.stringify(value);
}

const FIELD_ORDER: readonly string[] = [...ADOPTION_FIELDS, ...SUPPORT_FIELDS];

/** Quarters in time order, entry fields in the file's usual order; anything else is not moved past. */
function comesAfter(existing: string, added: string): boolean {
  if (QUARTER_PATTERN.test(existing) && QUARTER_PATTERN.test(added)) return compareQuarters(existing, added) > 0;
  const a = FIELD_ORDER.indexOf(existing);
  const b = FIELD_ORDER.indexOf(added);
  return a >= 0 && b >= 0 && a > b;
}

export function endOf(pair: Pair<Node, Node | null>): number {
  return pair.value?.range?.[1] ?? pair.key.range![1];
}
