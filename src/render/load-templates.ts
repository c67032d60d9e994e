/**
 * The deck's templates: the package's `templates/`, with the files of a config's `templates:`
 * folder over them (same path, same role; `theme.css` is added after our CSS). Every `{{ }}`
 * and `{{{ }}}` escapes what it prints, so data stays text whatever a template does; only
 * qbr's own markup (CSS, charts, Markdown made safe) is marked as HTML. A template that does
 * not parse, or names a partial or helper that does not exist, is an error at its line.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Chart } from '../chart/chart-renderer.ts';
import { QbrError } from '../errors.ts';
import { codeFrame } from '../load/code-frame.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { fromSpec, specsFor, type Specs } from './precompiled-templates.ts';
import { unclosedBlock } from './unclosed-block.ts';
import { shownPath } from '../load/shown-path.ts';

export interface Templates {
  deck: Handlebars.TemplateDelegate;
  /** deck.css, then theme.css when the folder has one. */
  css: string;
  /** Every character the templates themselves print, for choosing font subsets. */
  text: string;
  /** templates/present.js (always the package's), inlined, and its hash for the page's Content-Security-Policy. */
  present: { script: string; hash: string };
}

interface TemplateFile {
  /** Its path under the templates folder: `slides/title.hbs`. */
  path: string;
  /** Where it was read from, for messages and the cache. */
  file: string;
  source: string;
}

/** Icons shared by two states. */
const ICON_ALIASES: Record<string, string> = { done: 'met', overdue: 'at_risk' };
/** Handlebars' own helpers, and ours. */
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'chart-svg']);

const cache = new Map<string, { signature: string; templates: Templates }>();

/**
 * The package's templates with `folder`'s over them (null: the package's alone); kept while the
 * files are unchanged. Each deck asks; the files are listed and their times checked, and read
 * only when one changed (reading every one for every deck was a cost felt in a batch).
 */
export function loadTemplates(folder: string | null): Templates {
  const paths = templatePaths(folder);
  const signature = [...paths.values()].map((file) => `${file}:${statSync(file).mtimeMs}`).join('\n');
  const cached = cache.get(folder ?? '');
  if (cached?.signature === signature) return cached.templates;
  const files = new Map(
    [...paths].map(([path, file]): [string, TemplateFile] => [
      path,
      { path, file, source: readFileSync(file, 'utf8') },
    ]),
  );
  const templates = compileTemplates(files, folder);
  cache.set(folder ?? '', { signature, templates });
  return templates;
}

/** Every template file by its path under the folder; a file in `folder` replaces the package's of the same path. */
function templatePaths(folder: string | null): Map<string, string> {
  const paths = new Map<string, string>();
  for (const root of folder ? [TEMPLATES_DIR, folder] : [TEMPLATES_DIR]) {
    const hbs = (dir: string) =>
      existsSync(join(root, dir))
        ? readdirSync(join(root, dir))
            .filter((name) => name.endsWith('.hbs'))
            .sort()
            .map((name) => `${dir}/${name}`)
        : [];
    const found = [
      ...['deck.hbs', 'deck.css', 'theme.css'].filter((name) => existsSync(join(root, name))),
      ...hbs('slides'),
      ...hbs('icons'),
    ];
    for (const path of found) paths.set(path, join(root, path));
  }
  return paths;
}

function compileTemplates(files: Map<string, TemplateFile>, folder: string | null): Templates {
  const env = Handlebars.create();
  // `{{chart-svg chart}}` places a chart's SVG, drawn by src/chart (its labels escaped as SVG
  // text by src/chart/svg-text.ts), with its text alternative escaped like any data.
  env.registerHelper('chart-svg', (chart: Chart | undefined) =>
    chart?.svg
      ? new Handlebars.SafeString(
          chart.svg.replace('<svg ', `<svg role="img" aria-label="${Handlebars.escapeExpression(chart.alt)}" `),
        )
      : '',
  );
  const templates = [...files.values()].filter((f) => f.path.endsWith('.hbs'));
  const specs = specsFor(folder, templates, () => precompile(templates));
  const template = (path: string) => fromSpec(env, specs[path]!);
  for (const file of templates)
    if (file.path !== 'deck.hbs') env.registerPartial(partialName(file.path), template(file.path));
  for (const [alias, icon] of Object.entries(ICON_ALIASES))
    env.registerPartial(`icon-${alias}`, template(`icons/${icon}.hbs`));
  return {
    deck: template('deck.hbs'),
    css: [files.get('deck.css'), files.get('theme.css')].flatMap((f) => (f ? [f.source] : [])).join('\n'),
    text: templates.map((f) => f.source).join(''),
    present: presentScript(),
  };
}

const partialName = (path: string) => (path.startsWith('icons/') ? 'icon-' : '') + basename(path, '.hbs');

/** Every template parsed, its names checked, and precompiled. */
function precompile(templates: TemplateFile[]): Specs {
  const parsed = new Map(templates.map((f) => [f, parse(f)]));
  const partials = new Set([
    ...templates.filter((f) => f.path !== 'deck.hbs').map((f) => partialName(f.path)),
    ...Object.keys(ICON_ALIASES).map((a) => `icon-${a}`),
  ]);
  for (const [file, ast] of parsed) checkNames(file, ast, partials);
  return Object.fromEntries(
    [...parsed].map(([file, ast]) => [
      file.path,
      Handlebars.precompile(ast, { strict: false, preventIndent: true }) as string,
    ]),
  );
}

/** The template's syntax tree with every mustache escaping, or its parse error at its line. */
function parse(file: TemplateFile): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(file.source);
  } catch (error) {
    const { line, column, message } = parseErrorAt(
      error as Error & { lineNumber?: number; column?: number },
      file.source,
    );
    throw templateError(file, line, column, message);
  }
  visit(ast, (node) => {
    if (node.type === 'MustacheStatement') (node as hbs.AST.MustacheStatement).escaped = true;
  });
  return ast;
}

/**
 * Handlebars' own errors carry their line; the grammar's only say it in words, and leave it on the
 * lexer. A block left open is reported where it opens, not at the end of the file.
 */
function parseErrorAt(
  error: Error & { lineNumber?: number; column?: number },
  source: string,
): { line: number; column: number; message: string } {
  if (error.lineNumber !== undefined)
    return {
      line: error.lineNumber,
      column: (error.column ?? 0) + 1,
      message: error.message.replace(/ - \d+:\d+$/, ''),
    };
  const unclosed = /got 'EOF'/.test(error.message) ? unclosedBlock(source) : null;
  if (unclosed)
    return {
      line: unclosed.line,
      column: unclosed.column,
      message: `{{#${unclosed.name}}} is never closed: no {{/${unclosed.name}}} after it`,
    };
  const at = (Handlebars as unknown as { Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } } })
    .Parser.lexer.yylloc;
  const lines = error.message.split('\n');
  const said = lines[0]!.startsWith('Lexical error') ? 'unrecognised text' : lines.at(-1)!;
  return { line: at?.first_line ?? 1, column: (at?.first_column ?? 0) + 1, message: `parse error: ${said}` };
}

/** Partials and helpers named in a template must exist: found now, not halfway through a deck. */
function checkNames(file: TemplateFile, ast: hbs.AST.Program, partials: Set<string>): void {
  visit(ast, (node) => {
    const at = node.loc.start;
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const name = (node as hbs.AST.PartialStatement).name;
      if (
        name.type === 'PathExpression' &&
        !(name as hbs.AST.PathExpression).data &&
        !partials.has((name as hbs.AST.PathExpression).original)
      ) {
        throw templateError(
          file,
          at.line,
          at.column + 1,
          `unknown partial "${(name as hbs.AST.PathExpression).original}"`,
        );
      }
    }
    if (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') {
      const call = node as hbs.AST.MustacheStatement;
      const isCall = call.params.length > 0 || call.hash !== undefined;
      if (
        isCall &&
        call.path.type === 'PathExpression' &&
        !HELPERS.has((call.path as hbs.AST.PathExpression).original)
      ) {
        throw templateError(
          file,
          at.line,
          at.column + 1,
          `unknown helper "${(call.path as hbs.AST.PathExpression).original}"`,
        );
      }
    }
  });
}

/** Calls `see` for every node of the tree. */
function visit(node: unknown, see: (node: hbs.AST.Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, see);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if ('type' in node && 'loc' in node) see(node as hbs.AST.Node);
  for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child, see);
}

/** `brand/slides/title.hbs:3:5 unknown partial "logo"`, with the lines around it. */
function templateError(file: TemplateFile, line: number, column: number, message: string): QbrError {
  const where = `${shownPath(file.file)}:${line}:${column}`;
  return new QbrError(
    'QBR_TEMPLATE',
    `${where} ${message}\n${codeFrame(file.source, line, column)}`,
    "Fix the template; the package's own, under templates/, shows what each file receives.",
  );
}

/** The script that presents the deck one slide at a time; the page's policy allows it by this hash alone. */
function presentScript(): { script: string; hash: string } {
  const script = readFileSync(join(TEMPLATES_DIR, 'present.js'), 'utf8');
  return { script, hash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
}
