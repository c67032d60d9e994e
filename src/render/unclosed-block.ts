/**
 * Where a template's unclosed block opens. Handlebars' grammar reports a block left open only at
 * the end of the file ("got 'EOF'"), which names neither the block nor its line; this finds the
 * innermost `{{#name ...}}` (or `{{^name}}`) that no `{{/name}}` closes.
 */

/** An opening tag: its block's name and where it is (line and column from 1). */
export interface BlockOpening {
  name: string;
  line: number;
  column: number;
}

// Comments first (they may hold braces), then openings and closings, with or without `~`.
const TAG = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*\*?\s*>?\s*([^\s}~]+)/g;

/** The innermost block opened and never closed in `source`, or null when every block is closed. */
export function unclosedBlock(source: string): BlockOpening | null {
  const open: Array<{ name: string; index: number }> = [];
  for (const match of source.matchAll(TAG)) {
    const [, sigil, name] = match;
    if (!sigil || !name) continue; // a comment
    if (sigil === '/') {
      const at = open.findLastIndex((o) => o.name === name);
      if (at >= 0) open.splice(at);
    } else {
      open.push({ name, index: match.index });
    }
  }
  const last = open.at(-1);
  return last ? { name: last.name, ...position(source, last.index) } : null;
}

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}
