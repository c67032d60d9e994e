/**
 * Splices planned against one text, applied together: each edit's offsets are the original
 * text's, so any number of them cost one pass over the text and no parse in between.
 */

/** Replace `remove` characters at `at` with `insert`. */
export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
  /** Nesting depth of the node the edit belongs to: at one offset the deeper node's lines come first. */
  depth: number;
  /** Lines added after a last line with no line break: the first such edit adds it. */
  breakLine?: boolean;
}

/** The text with every edit made; edits never overlap (a bug if they do). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.toSorted((a, b) => a.at - b.at || b.depth - a.depth);
  const parts: string[] = [];
  let done = 0;
  let broken = false;
  for (const edit of ordered) {
    if (edit.at < done) throw new Error(`qbr bug: two edits of the same text overlap at offset ${edit.at}`);
    const lineBreak = edit.breakLine && !broken ? '\n' : '';
    broken ||= Boolean(edit.breakLine);
    parts.push(text.slice(done, edit.at), lineBreak, edit.insert);
    done = edit.at + edit.remove;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** Whole lines inserted after the line `position` is on (or at it, when it starts a line). */
export function insertAtLineEnd(text: string, position: number, lines: string, depth: number): TextEdit {
  if (position > 0 && text[position - 1] === '\n') return { at: position, remove: 0, insert: lines, depth };
  const newline = text.indexOf('\n', position);
  if (newline < 0) return { at: text.length, remove: 0, insert: lines, depth, breakLine: true };
  return { at: newline + 1, remove: 0, insert: lines, depth };
}

export function lineStart(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

export function columnOf(text: string, position: number): number {
  return position - lineStart(text, position);
}
