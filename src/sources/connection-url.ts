/**
 * A source's URL: `${NAME}` read from the environment, and shown only with its password
 * replaced by `***`, in every message (the password never leaves this process).
 */
import { QbrError } from '../errors.ts';
import type { SourceContext } from './source-types.ts';

/** The URL with each `${NAME}` replaced by its environment variable; an unset one is an error naming it and the source. */
export function connectionUrl(template: string, context: Pick<SourceContext, 'name' | 'env'>): string {
  return template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = context.env[name];
    if (value === undefined || value === '') {
      throw new QbrError(
        'QBR_SOURCE',
        `source ${context.name}: the environment variable ${name} is not set (its url: in the config reads \${${name}})`,
        `Set ${name} to the database's URL (in CI, from a repository secret), then pull again.`,
      );
    }
    return value;
  });
}

/** `postgres://qbr:***@db:5432/crm`: the URL as messages show it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not a URL: a `key=value` connection string, or something unreadable.
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1***');
  }
}

/** `message` with the URL's password (as written and as decoded) replaced by `***`. */
export function scrub(message: string, url: string): string {
  const secrets = passwords(url).filter((p) => p.length > 0);
  return secrets.reduce((text, secret) => text.replaceAll(secret, '***'), message.replaceAll(url, redactUrl(url)));
}

function passwords(url: string): string[] {
  try {
    const { password } = new URL(url);
    return [password, decodeURIComponent(password)];
  } catch {
    return [...url.matchAll(/password\s*=\s*('[^']*'|\S+)/gi)].map((m) => m[1]!.replace(/^'|'$/g, ''));
  }
}
