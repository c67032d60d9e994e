/**
 * "Since our last review": what was agreed at the last review and what became of it, the
 * promises whose status changed, and the headline figures then and now. No slide in the
 * contract's first quarter, when there was no last review.
 */
import type { Formatter } from '../format.ts';
import { textDirection } from '../i18n/languages.ts';
import { wordsOf } from '../i18n/translator.ts';
import type { SlideInput } from './customer-slides.ts';
import { headlineKpis } from './kpis.ts';
import { nameMarkup } from './latin-atoms.ts';
import { statusView } from './promise-view.ts';
import { single, type Slide } from './slide.ts';

/** Commitments listed; more are counted in a line under them. */
const COMMITMENT_ROWS = 5;
/** Promises whose status changed, listed beside the figures. */
const PROMISE_MOVES = 4;

export function sinceLast({ review, f }: SlideInput): Slide[] {
  const then = review.previous;
  if (!then) return [];
  const now = review.summary;
  const agreed = review.agreedSinceLast;
  const before = new Map(headlineKpis(then, null, f).map((k) => [k.label, k.value]));
  const figures = headlineKpis(now, then, f).map((k) => ({
    label: k.label,
    then: before.get(k.label) ?? '–',
    now: k.value,
  }));
  const names = new Map(now.promises.map((p) => [p.id, p.name]));
  const promises = (now.changes?.promises ?? []).slice(0, PROMISE_MOVES).map((c) => {
    const from = statusView(c.from, f);
    const to = statusView(c.to, f);
    const name = names.get(c.id) ?? c.id;
    return {
      name,
      nameMarkup: nameMarkup(name, textDirection(f.language)),
      move: f.t('sinceLast.move', { from: from.statusWord, to: to.statusWord }),
      toStatus: c.to,
      toIcon: to.statusIcon,
    };
  });
  const words = wordsOf(f.t, [
    'sinceLast.agreed',
    'sinceLast.noneAgreed',
    'sinceLast.what',
    'sinceLast.status',
    'sinceLast.figures',
    'sinceLast.promises',
  ]);
  return [
    single(f.t('sinceLast.title'), {
      kind: 'since-last',
      words,
      commitments: agreed
        .slice(0, COMMITMENT_ROWS)
        .map(({ commitment: c, state }) => commitmentRow(c.description, state, c.completed, f)),
      more: agreed.length > COMMITMENT_ROWS ? f.t('sinceLast.more', { count: agreed.length - COMMITMENT_ROWS }) : '',
      then: f.quarter(then.quarter),
      now: f.quarter(now.quarter),
      figures,
      promises,
    }),
  ];
}

function commitmentRow(description: string, state: string, completed: string | undefined, f: Formatter) {
  const stateWord =
    state === 'done' && completed
      ? f.t('commitment.doneOn', { date: f.date(completed) })
      : f.t(`commitment.${state}` as 'commitment.open');
  return { description, state, stateWord, stateIcon: `icon-${state}` };
}
