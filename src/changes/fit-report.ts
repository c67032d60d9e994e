/**
 * A report cut to a size in bytes at a section's end, with a line saying so: GitHub takes at
 * most 1 MiB of job summary and 64 KB of comment, and refuses more rather than cutting it.
 */

/** `head`, then as many `sections` as fit under `maxBytes` with the note for the rest; all of them without a limit. */
export function fitReport(
  head: string,
  sections: string[],
  maxBytes: number | undefined,
  note: (omitted: number) => string,
): string {
  const whole = head + sections.join('');
  if (maxBytes === undefined || Buffer.byteLength(whole) <= maxBytes) return whole;
  const bytes = (text: string) => Buffer.byteLength(text);
  let used = bytes(head);
  let kept = 0;
  // The note for the most omitted sections is the longest: room for it is kept throughout.
  const room = maxBytes - bytes(note(sections.length));
  while (kept < sections.length && used + bytes(sections[kept]!) <= room) used += bytes(sections[kept++]!);
  const text = head + sections.slice(0, kept).join('') + note(sections.length - kept);
  return bytes(text) <= maxBytes ? text : truncateBytes(note(sections.length), maxBytes);
}

/** The longest start of `text` under `maxBytes` bytes that does not split a character. */
function truncateBytes(text: string, maxBytes: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}
