/** Stage 1, load: read a YAML file into a document that remembers where every value stands. */
import { readFile, stat } from 'node:fs/promises';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { DataError, QbrError, type DataIssue } from '../errors.ts';
import { translator } from '../i18n/translator.ts';
import { codeFrame } from './code-frame.ts';
import type { ParseCache } from './parse-cache.ts';
import { shownPath } from './shown-path.ts';

/** Files over this size are refused before parsing: an account file is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansions allowed when turning YAML into data ("billion laughs" protection). */
export const MAX_ALIAS_COUNT = 100;

/** A parsed YAML file with its position map. */
export interface SourceFile {
  /** The path as shown in messages: relative to the working directory when inside it, else absolute. */
  displayPath: string;
  absolutePath: string;
  text: string;
  document: Document.Parsed;
  lines: LineCounter;
  /** The plain data, aliases expanded. `undefined` for an empty file. */
  data: unknown;
}

type ErrorCode = 'QBR_INVALID_DATA' | 'QBR_INVALID_CONFIG';

/**
 * Reads and parses a YAML file; syntax problems become a positioned DataError. With a `cache`,
 * a text parsed before gives its data at once, and its parse is made only if asked for.
 */
export async function loadSourceFile(
  absolutePath: string,
  code: ErrorCode = 'QBR_INVALID_DATA',
  cache?: ParseCache,
): Promise<SourceFile> {
  const displayPath = shownPath(absolutePath);
  const size = await stat(absolutePath).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) throw new QbrError('QBR_NO_ACCOUNT', `${displayPath}: no such file`, 'Check the account id or path.');
  if (size > MAX_FILE_BYTES) {
    throw fileError(code, displayPath, '', `the file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`);
  }
  const text = await readFile(absolutePath, 'utf8');
  const cached = cache?.get(text);
  if (cached !== undefined) return lazySource({ displayPath, absolutePath, text }, cached);
  const source = parseSource(text, displayPath, absolutePath, code);
  cache?.set(text, source.data);
  return source;
}

/** Parses YAML text; exported for tests and for callers that already hold the text. */
export function parseSource(
  text: string,
  displayPath: string,
  absolutePath: string,
  code: ErrorCode = 'QBR_INVALID_DATA',
): SourceFile {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  // Unknown tags (`!!js/function`, `!include`) are only warnings to the yaml package; here they are errors.
  // After the first syntax error the parser's other complaints are mostly its echoes, so
  // only the first is shown, with a count of the rest.
  const first = [...document.errors, ...document.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    const more = document.errors.length + document.warnings.length - 1;
    const message =
      yamlMessage(first.message) + (more > 0 ? ` (${translator('en')('cli.moreProblems', { count: more })})` : '');
    throw new DataError(code, [
      { file: displayPath, line, column: col, path: '', message, frame: codeFrame(text, line, col) },
    ]);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw fileError(
      code,
      displayPath,
      text,
      `too many aliases: a file may expand at most ${MAX_ALIAS_COUNT} (${error.message})`,
    );
  }
  return { displayPath, absolutePath, text, document, lines, data: data ?? undefined };
}

/**
 * The file as kept while a run waits to review it: its text, with its parse made again on first
 * use (only a positioned error asks for it). A run plans every account before it reviews any,
 * and a parse holds many times its text (docs/performance.md).
 */
export function keptSource({ displayPath, absolutePath, text }: SourceFile): SourceFile {
  return lazySource({ displayPath, absolutePath, text });
}

/** A file whose parse is made on first use; `data`, when known, is its data. */
function lazySource(file: Pick<SourceFile, 'displayPath' | 'absolutePath' | 'text'>, data?: unknown): SourceFile {
  let parsed: SourceFile | undefined;
  const again = () => (parsed ??= parseSource(file.text, file.displayPath, file.absolutePath));
  return {
    ...file,
    get document() {
      return again().document;
    },
    get lines() {
      return again().lines;
    },
    get data() {
      return data === undefined ? again().data : data;
    },
  };
}

/** Sorts issues by line, then column. */
export function sortIssues(issues: DataIssue[]): DataIssue[] {
  return issues.toSorted((a, b) => a.line - b.line || a.column - b.column);
}

function fileError(code: ErrorCode, file: string, text: string, message: string): DataError {
  return new DataError(code, [{ file, line: 1, column: 1, path: '', message, frame: codeFrame(text, 1, 1) }]);
}

/** The yaml package's messages end with "at line 3, column 5"; the position is printed already. */
function yamlMessage(message: string): string {
  const plain = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return `YAML syntax: ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
}
