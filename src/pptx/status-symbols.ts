/** Symbols before each status word, standing in for the HTML deck's icons (templates/icons). */
export const STATUS_SYMBOLS: Record<string, string> = {
  met: '✔',
  done: '✔',
  on_track: '→',
  at_risk: '▲',
  overdue: '▲',
  missed: '✖',
  open: '○',
  no_data: '○',
  dropped: '–',
};
