/** Text put into a right-to-left message (src/i18n/bidi-isolate.ts). */
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/i18n/bidi-isolate.ts';
import { translator } from '../../src/i18n/translator.ts';

describe('isolating text in right-to-left messages', () => {
  it('lets a text with a letter of its own choose its direction (FSI)', () => {
    expect(isolate('Priya Raman')).toBe('\u2068Priya Raman\u2069');
    expect(isolate('0.37×')).toBe('\u20680.37×\u2069');
  });

  it('says the direction of a message that opens with one already isolated: Arabic right to left', () => {
    const t = translator('ar');
    const figure = t('meeting.figure', { label: 'المقاعد المستخدمة', value: '89٪' });
    expect(figure).toBe('\u2068المقاعد المستخدمة\u2069: \u206889٪\u2069');
    // Put into another message, FSI would find no letter outside the inner isolates: label and figure swapped.
    expect(t('meeting.figureDetail', { figure, detail: '214 من أصل 240' })).toBe(
      '\u2067\u2068المقاعد المستخدمة\u2069: \u206889٪\u2069\u2069 (\u2068214 من أصل 240\u2069)',
    );
  });

  it('keeps an abbreviation’s full stop before a closing bracket with its Latin word', () => {
    expect(isolate('شركة الخليج (Gulf Advanced Manufacturing Co.)')).toBe(
      '\u2068شركة الخليج (Gulf Advanced Manufacturing Co.\u200e)\u2069',
    );
  });
});
