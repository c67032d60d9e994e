/** Turns zod's issues into short sentences a person can act on. */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'text',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  boolean: 'true or false',
  record: 'a mapping (key: value lines)',
};

/** How a YAML value reads back in a message: `"sixty"`, `42`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** The message for one issue; `input` is the value at the issue's path. */
export function issueMessage(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return input === undefined ? 'is required' : `expected ${expected}, got ${describeValue(input)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, allowed) : undefined;
      const hint = guess && similar(String(input), guess) ? ` (did you mean "${guess}"?)` : '';
      return `expected one of ${allowed.join(', ')}; got ${describeValue(input)}${hint}`;
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      return `${inner ? inner.message : 'is not an allowed key'}, got ${describeValue(input)}`;
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return isPrimitive(input) && !issue.message.includes('"')
        ? `${issue.message}, got ${describeValue(input)}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** The message for an unknown key, with the nearest allowed key when one is close. */
export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const guess = allowed.length > 0 ? closest(key, [...allowed]) : undefined;
  const hint = guess && similar(key, guess) ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`;
  return `unknown key "${key}" (${hint})`;
}

/** ` (did you mean "acme"?)` when one of `candidates` is a likely typo of `word`, else ''. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = candidates.length > 0 ? closest(word, [...candidates]) : undefined;
  return guess && similar(word, guess) ? ` (did you mean "${guess}"?)` : '';
}

/** Close enough to suggest: at most a third of the letters differ (a typo, not another word). */
function similar(a: string, b: string): boolean {
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}

function isPrimitive(value: unknown): boolean {
  return value !== undefined && (value === null || typeof value !== 'object');
}
