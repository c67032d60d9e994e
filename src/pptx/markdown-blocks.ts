/**
 * A custom slide's Markdown as blocks the PowerPoint lays out as editable text: paragraphs,
 * list items, quotes and headings as runs that keep bold and italic, and tables as rows of
 * cells for a native table. markdown-it parses it, as for the HTML (src/render/markdown.ts);
 * raw HTML stays text, images their alt text, links their words.
 */
import MarkdownIt, { type Token } from 'markdown-it';

/** A stretch of text with its emphasis. */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block =
  | { kind: 'paragraph' | 'heading' | 'quote'; spans: Span[] }
  | { kind: 'item'; spans: Span[]; marker: string }
  | { kind: 'table'; head: Span[][]; rows: Span[][][] };

let parser: InstanceType<typeof MarkdownIt> | null = null;

export function markdownBlocks(source: string): Block[] {
  parser ??= new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  const tokens = parser.parse(source, {});
  const blocks: Block[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let quoted = 0;
  let table: { head: Span[][]; rows: Span[][][]; inHead: boolean } | null = null;
  let kind: 'paragraph' | 'heading' = 'paragraph';
  let marker: string | null = null;
  for (const token of tokens) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open')
      lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    else if (token.type === 'list_item_open') marker = listMarker(lists);
    else if (token.type === 'blockquote_open') quoted++;
    else if (token.type === 'blockquote_close') quoted--;
    else if (token.type === 'heading_open') kind = 'heading';
    else if (token.type === 'heading_close' || token.type === 'paragraph_close') kind = 'paragraph';
    else if (token.type === 'table_open') table = { head: [], rows: [], inHead: false };
    else if (token.type === 'thead_open' && table) table.inHead = true;
    else if (token.type === 'thead_close' && table) table.inHead = false;
    else if (token.type === 'tr_open' && table && !table.inHead) table.rows.push([]);
    else if (token.type === 'table_close' && table)
      blocks.push({ kind: 'table', head: table.head, rows: table.rows }), (table = null);
    else if (token.type === 'inline' && table)
      (table.inHead ? table.head : table.rows.at(-1)!).push(spansOf(token.children ?? []));
    else if (token.type === 'inline') {
      const spans = spansOf(token.children ?? []);
      if (marker !== null) blocks.push({ kind: 'item', spans, marker: '  '.repeat(lists.length - 1) + marker });
      else blocks.push({ kind: quoted > 0 ? 'quote' : kind, spans });
      marker = null;
    } else if (token.type === 'code_block' || token.type === 'fence') {
      blocks.push({
        kind: 'paragraph',
        spans: [{ text: token.content.replace(/\n$/, ''), bold: false, italic: false }],
      });
    }
  }
  return blocks;
}

function listMarker(lists: Array<{ ordered: boolean; next: number }>): string {
  const list = lists.at(-1);
  if (!list?.ordered) return '•';
  return `${list.next++}.`;
}

/** An inline token's children as spans: bold and italic kept, line breaks as spaces. */
function spansOf(children: Token[]): Span[] {
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  for (const child of children) {
    if (child.type === 'strong_open') bold++;
    else if (child.type === 'strong_close') bold--;
    else if (child.type === 'em_open') italic++;
    else if (child.type === 'em_close') italic--;
    else {
      const text =
        child.type === 'softbreak' || child.type === 'hardbreak'
          ? ' '
          : child.type === 'image'
            ? child.content || ''
            : child.content;
      if (text) spans.push({ text, bold: bold > 0, italic: italic > 0 });
    }
  }
  return spans;
}
