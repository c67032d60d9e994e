/**
 * Value entries added to an existing `value:` list, in quarter order, each written like the
 * entry it is placed beside: a block map beside block maps, `{ }` otherwise.
 */
import { isMap, isNode, type Node, type YAMLSeq } from 'yaml';
import { compareQuarters } from '../calendar/quarter.ts';
import {
  emptyFlowToBlock,
  entryFields,
  flowItem,
  orderedEntries,
  placed,
  runsOf,
  type NewList,
  type Slot,
  type ValueEntry,
} from './new-keys.ts';
import { columnOf, insertAtLineEnd, lineStart, type TextEdit } from './text-edits.ts';

/** New entries for the file's `value:` list; `keyColumn`: the column of `value:`. */
export interface ListAdditions {
  list: YAMLSeq;
  keyColumn: number;
  depth: number;
  entries: NewList;
}

interface ItemStyle {
  indent: string;
  inner: string;
  block: boolean;
}

interface Item {
  quarter: string | undefined;
  style: ItemStyle;
  text: string;
}

export function listEdits(text: string, { list, keyColumn, depth, entries }: ListAdditions): TextEdit[] {
  const items = list.items as Node[];
  if (!list.flow) return blockListEdits(text, items, entries.entries, depth);
  if (items.length === 0) {
    const lines = orderedEntries(entries).map((e) => `${' '.repeat(keyColumn + 2)}- ${flowItem(e)}\n`);
    return emptyFlowToBlock(text, list, lines.join(''), depth);
  }
  const later = (item: Node | ValueEntry, entry: ValueEntry) =>
    laterQuarter(isEntry(item) ? item.quarter : quarterOf(item), entry);
  const runs = placed<Node, ValueEntry>(items, entries.entries, later);
  const edits: TextEdit[] = [...runs.before].map(([k, run]) => ({
    at: items[k]!.range![0],
    remove: 0,
    insert: run.map((e) => `${flowItem(e)}, `).join(''),
    depth,
  }));
  if (runs.after.length > 0)
    edits.push({
      at: items.at(-1)!.range![1],
      remove: 0,
      insert: runs.after.map((e) => `, ${flowItem(e)}`).join(''),
      depth,
    });
  return edits;
}

/** Each new entry takes the style of the item it is placed before (or after, at the end) when placed. */
function blockListEdits(text: string, items: Node[], entries: ValueEntry[], depth: number): TextEdit[] {
  const list: Array<Slot<Item>> = items.map((node, index) => ({
    item: { quarter: quarterOf(node), style: styleOf(text, node), text: '' },
    index,
  }));
  for (const entry of entries) {
    const later = list.findIndex((slot) => laterQuarter(slot.item.quarter, entry));
    const { style } = list[later >= 0 ? later : list.length - 1]!.item;
    list.splice(later < 0 ? list.length : later, 0, {
      item: { quarter: entry.quarter, style, text: itemText(entry, style) },
      index: -1,
    });
  }
  const runs = runsOf(list);
  const join = (run: Item[]) => run.map((i) => i.text).join('');
  const edits: TextEdit[] = [...runs.before].map(([k, run]) => ({
    at: lineStart(text, dashOf(text, items[k]!)),
    remove: 0,
    insert: join(run),
    depth,
  }));
  if (runs.after.length > 0) edits.push(insertAtLineEnd(text, items.at(-1)!.range![1], join(runs.after), depth));
  return edits;
}

function styleOf(text: string, node: Node): ItemStyle {
  const indent = ' '.repeat(columnOf(text, dashOf(text, node)));
  return { indent, inner: ' '.repeat(columnOf(text, node.range![0])), block: isMap(node) && !node.flow };
}

function itemText(entry: ValueEntry, { indent, inner, block }: ItemStyle): string {
  return block
    ? `${indent}- ${entryFields(entry)
        .map(([k, v]) => `${k}: ${v}`)
        .join(`\n${inner}`)}\n`
    : `${indent}- ${flowItem(entry)}\n`;
}

function dashOf(text: string, node: Node): number {
  return text.lastIndexOf('-', node.range![0]);
}

function quarterOf(node: Node): string | undefined {
  return isMap(node) && typeof node.get('quarter') === 'string' ? String(node.get('quarter')) : undefined;
}

function laterQuarter(quarter: string | undefined, entry: ValueEntry): boolean {
  return quarter !== undefined && compareQuarters(quarter, entry.quarter) > 0;
}

function isEntry(item: Node | ValueEntry): item is ValueEntry {
  return !isNode(item);
}
