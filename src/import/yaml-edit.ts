/**
 * Edits to an account file that leave every other byte as it was. The yaml Document finds the
 * node to change (parseDocument, node ranges); the change is then spliced into the text. The
 * Document's own `toString()` would re-wrap folded text, drop the spacing before comments and
 * re-pad flow collections, changing lines nobody touched.
 *
 * All of a file's figures are placed against one parse and spliced in one pass: parsing again
 * after each figure cost about a second for an account of 80 figures.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { listEdits, type ListAdditions } from './new-entries.ts';
import {
  addNew,
  mapEdits,
  NewList,
  numberText,
  type MapAdditions,
  type NewMapStyle,
  type ValueEntry,
} from './new-keys.ts';
import { applyEdits, columnOf, type TextEdit } from './text-edits.ts';

export { numberText, yamlString, type NewMapStyle, type ValueEntry } from './new-keys.ts';

/** A place that cannot be written without rewriting more than one figure (an alias, say). */
export class EditError extends Error {}

type Segment = string | number;

/** One figure to write: a number at a path (map keys, and indexes of existing list items), or a new value entry. */
export type FigureWrite = { path: Segment[]; value: number; style: NewMapStyle } | { entry: ValueEntry };

/**
 * The text with every write made, all placed against one parse of it (`document`, when the
 * caller already holds the text's parse: it is only read). A write that cannot be made is
 * passed to `failed` with its index, and the others are still made.
 */
export function editText(
  text: string,
  writes: readonly FigureWrite[],
  failed: (index: number, error: EditError) => void,
  document: Document.Parsed = parseDocument(text),
): string {
  const plan = new EditPlan(text, document);
  writes.forEach((write, index) => {
    try {
      if ('entry' in write) plan.addEntry(write.entry);
      else plan.setNumber(write.path, write.value, write.style);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      failed(index, error);
    }
  });
  return applyEdits(text, plan.edits());
}

/** Sets the number at `path`; missing maps are added. */
export function setNumberIn(text: string, path: Segment[], value: number, style: NewMapStyle): string {
  return editText(text, [{ path, value, style }], throwIt);
}

/** Adds an entry to the `value:` list, before the first entry of a later quarter. */
export function insertValueEntry(text: string, entry: ValueEntry): string {
  return editText(text, [{ entry }], throwIt);
}

function throwIt(_: number, error: EditError): never {
  throw error;
}

/** The replacements found so far, and the keys and entries to add, gathered by the map or list they go into. */
class EditPlan {
  private readonly replacements: TextEdit[] = [];
  private readonly maps = new Map<YAMLMap, MapAdditions>();
  private list: ListAdditions | undefined;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {}

  setNumber(path: Segment[], value: number, style: NewMapStyle): void {
    let node: unknown = this.doc.contents;
    let keyColumn = -1;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth]!;
      if (isAlias(node))
        throw new EditError(
          `${path.slice(0, depth).join('.')} is an alias (*${node.source}); write the figure where the anchor is`,
        );
      if (typeof segment === 'number') {
        node = (node as YAMLSeq).items[segment];
        keyColumn = -1;
        continue;
      }
      if (!isMap(node)) throw new EditError(`${path.slice(0, depth).join('.') || 'the file'} is not a mapping`);
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) {
        this.addKeys(node, keyColumn, path, depth, value, style);
        return;
      }
      if (depth === path.length - 1) {
        this.replaceNumber(pair.value, value, depth);
        return;
      }
      keyColumn = node.flow ? -1 : columnOf(this.text, (pair.key as Node).range![0]);
      node = pair.value;
    }
    throw new EditError('empty path');
  }

  addEntry(entry: ValueEntry): void {
    const root = this.doc.contents as YAMLMap;
    const list = this.doc.get('value', true);
    if (list === undefined) {
      this.addKeys(root, -1, ['value'], 0, entry, { flowFrom: Infinity });
      return;
    }
    if (!isSeq(list)) throw new EditError('value is not a list');
    if (!this.list) {
      const key = root.items.find((p) => isScalar(p.key) && p.key.value === 'value')!.key as Node;
      this.list = { list, keyColumn: columnOf(this.text, key.range![0]), depth: 1, entries: new NewList() };
    }
    this.list.entries.entries.push(entry);
  }

  edits(): TextEdit[] {
    const added = [...this.maps.values()].flatMap((additions) => mapEdits(this.text, additions));
    return [...this.replacements, ...added, ...(this.list ? listEdits(this.text, this.list) : [])];
  }

  private addKeys(
    map: YAMLMap,
    keyColumn: number,
    path: Segment[],
    depth: number,
    value: number | ValueEntry,
    style: NewMapStyle,
  ): void {
    if (map.items.length === 0 && !map.flow) throw new EditError(`${path.slice(0, depth).join('.')} is empty`);
    if (!this.maps.has(map)) this.maps.set(map, { map, keyColumn, depth, keys: new Map(), styles: new Map() });
    const additions = this.maps.get(map)!;
    if (!additions.styles.has(String(path[depth]))) additions.styles.set(String(path[depth]), style);
    addNew(additions.keys, path.slice(depth).map(String), value);
  }

  private replaceNumber(node: unknown, value: number, depth: number): void {
    if (!isScalar(node) || typeof node.value !== 'number' || !node.range)
      throw new EditError('the figure there is not a number');
    if (node.value === value) return;
    this.replacements.push({
      at: node.range[0],
      remove: node.range[1] - node.range[0],
      insert: numberText(value),
      depth,
    });
  }
}
