import { describe, expect, it } from 'vitest';
import { keptSource, parseSource } from '../../src/load/source-file.ts';
import { positioned } from '../../src/validate/validate-source.ts';

const TEXT = 'name: Acme\nlogo: logos/acme.png\npromises:\n  - id: uptime\n';

describe('keptSource', () => {
  it('keeps the text and names, not the parse', () => {
    const parsed = parseSource(TEXT, 'data/acme.yaml', '/p/data/acme.yaml');
    const kept = keptSource(parsed);
    expect(Object.getOwnPropertyDescriptor(kept, 'document')?.get).toBeTypeOf('function');
    expect({ displayPath: kept.displayPath, absolutePath: kept.absolutePath, text: kept.text }).toEqual({
      displayPath: 'data/acme.yaml',
      absolutePath: '/p/data/acme.yaml',
      text: TEXT,
    });
  });

  it('parses again when asked, so errors are still placed at their line and column', () => {
    const kept = keptSource(parseSource(TEXT, 'data/acme.yaml', '/p/data/acme.yaml'));
    expect(kept.data).toEqual({ name: 'Acme', logo: 'logos/acme.png', promises: [{ id: 'uptime' }] });
    const issue = positioned(kept, ['logo'], false, 'logos/acme.png no such file');
    expect(issue).toMatchObject({ file: 'data/acme.yaml', line: 2, column: 7, path: 'logo' });
    // Once: the same parse serves every later question.
    expect(kept.document).toBe(kept.document);
  });
});
