/** The short excerpt under each data error: the offending line, its neighbours and a caret. */
import { codeFrameColumns } from '@babel/code-frame';

export function codeFrame(text: string, line: number, column: number): string {
  if (text.trim() === '') return '';
  return codeFrameColumns(text, { start: { line, column } }, { linesAbove: 1, linesBelow: 1, highlightCode: false });
}
