/** Finds where a field path stands in a YAML document, for positioned error messages. */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

export type PathSegment = string | number;

/**
 * The node a path leads to, or the nearest one that exists. `onKey` asks for the key of the
 * last pair rather than its value (an unknown key, a bad quarter key). When the path runs past
 * what the file holds (a missing field), the answer is the key of the deepest pair found, so a
 * missing `contract.annual_value` points at `contract:`.
 */
export function nodeAt(document: Document, path: readonly PathSegment[], onKey = false): Node | null {
  let node: unknown = document.contents;
  let lastKey: Node | null = null;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return lastKey ?? (node as Node);
      if (isLast && onKey) return pair.key as Node;
      lastKey = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      lastKey = null;
    } else {
      return lastKey ?? (node as Node | null);
    }
  }
  return (node as Node | null) ?? lastKey;
}
