/**
 * Figures that pass every check but look like a slip: a fraction (0.88) for a percent promise
 * whose baseline and target are written 0-100 (88). Warned about at their row, not refused: a
 * promise may really stand at 0.5 %.
 */
import type { Account } from '../validate/account-schema.ts';
import type { PlannedFigure } from './apply-figures.ts';
import { placeOf } from './import-error.ts';

/** `exports/q1.csv:3 column value: 0.88 for ...`, one per likely fraction. */
export function fractionWarnings(account: Account, figures: readonly PlannedFigure[]): string[] {
  return figures.flatMap(({ target, value, origin }) => {
    if (target.kind !== 'actual' || value === 0 || Math.abs(value) > 1) return [];
    const promise = account.promises.find((p) => p.id === target.promise);
    if (promise?.unit !== 'percent' || Math.abs(promise.baseline) <= 1 || Math.abs(promise.target) <= 1) return [];
    const percent = Math.round(value * 1000) / 10;
    const where = `${placeOf(origin)} column ${origin.column}`;
    return [
      `${where}: ${value} for ${account.id} ${promise.id} looks like a fraction; its baseline (${promise.baseline}) and target (${promise.target}) are written 0-100, so ${percent} % would be ${percent}`,
    ];
  });
}
