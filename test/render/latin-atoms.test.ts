import { describe, expect, it } from 'vitest';
import { nameMarkup } from '../../src/render/latin-atoms.ts';

describe('a right-to-left name’s Latin runs as atoms', () => {
  it('wraps each Latin run with its brackets, and escapes the rest', () => {
    expect(nameMarkup('שיעור תיקון בניסיון הראשון (First-time fix rate)', 'rtl').html).toBe(
      'שיעור תיקון בניסיון הראשון <span class="latin">(First-time fix rate)</span>',
    );
    expect(nameMarkup('ساعات التوقف على خطوط الإنتاج 1-3 (Line 1-3)', 'rtl').html).toBe(
      'ساعات التوقف على خطوط الإنتاج 1-3 <span class="latin">(Line 1-3)</span>',
    );
    expect(nameMarkup('متوسط زمن الإصلاح MTTR & <b>', 'rtl').html).toBe(
      'متوسط زمن الإصلاح <span class="latin">MTTR &amp; &lt;b</span>&gt;',
    );
  });

  it('leaves a left-to-right name as escaped text', () => {
    expect(nameMarkup('First-time fix rate <x>', 'ltr').html).toBe('First-time fix rate &lt;x&gt;');
  });
});
