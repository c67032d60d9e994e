/**
 * A right-to-left deck's slides, layouts and masters mirrored in their XML: every shape, picture,
 * table and chart moves to the other side of the slide (its left edge where its right edge was),
 * paragraphs aligned left align right and the other way round, inner margins swap sides, and the on-track arrow points
 * forward, to the left. The builders lay out one deck for both directions; text runs carry
 * `rtl="1"` and the language from their options (text.ts), tables their columns reversed
 * (table.ts), charts their category axis reversed (native-chart.ts).
 */

/** The slide's width in EMU: 13.333 inches (pptxgenjs's LAYOUT_WIDE). */
const SLIDE_WIDTH = 12192000;

const SIDES: Record<string, string> = { l: 'r', r: 'l' };

/** One part's XML, mirrored. */
export function mirrorSlideXml(xml: string): string {
  return (
    xml
      .replace(
        /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g,
        (_, x: string, y: string, cx: string, cy: string) => {
          return `<a:off x="${SLIDE_WIDTH - Number(x) - Number(cx)}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/>`;
        },
      )
      .replace(/ algn="([lr])"/g, (_, side: string) => ` algn="${SIDES[side]}"`)
      // Every paragraph right to left, those pptxgenjs writes without its options too (shapes, empty lines).
      .replace(/(<a:(?:lvl\dpPr|pPr)\b[^>]*) rtl="0"/g, '$1 rtl="1"')
      .replace(/<a:pPr(?![^>]*\brtl=)/g, '<a:pPr rtl="1"')
      // A cell's or a text box's inner margins: the room kept after the text moves to its left.
      .replace(/ marL="(\d+)" marR="(\d+)"/g, ' marL="$2" marR="$1"')
      .replace(/ lIns="(\d+)"( tIns="\d+")? rIns="(\d+)"/g, ' lIns="$3"$2 rIns="$1"')
      // A status symbol (status-symbols.ts) opens its word's paragraph: a right-to-left mark before
      // it keeps it on the word's right even where a viewer reads the paragraph as left to right
      // (LibreOffice's table cells), and the forward arrow points left.
      .replace(/<a:t>([✔→▲✖○–]) <\/a:t>/g, (_, symbol: string) => `<a:t>\u200f${symbol === '→' ? '←' : symbol} </a:t>`)
      // A hyphen inside Latin or figures ("First-time", "1-3") made non-breaking: LibreOffice breaks a line
      // after it, and at a right-to-left line's end the hyphen goes to the far side: "(-First".
      .replace(/<a:t>[^<]*<\/a:t>/g, (run) =>
        run.replace(/(?<=[\p{Script=Latin}\d])-(?=[\p{Script=Latin}\d])/gu, '\u2011'),
      )
  );
}
