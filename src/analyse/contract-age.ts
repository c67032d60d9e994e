/**
 * How old a contract is at the end of the quarter under review, for the signals that hold a
 * rhythm against it: a contract younger than a year is not asked for a year's contact, and
 * silence is counted from the day it started at the earliest (data-format.md section 3).
 */
import { quarterIndex, daysBetween, type Quarter } from '../calendar/quarter.ts';

export interface ContractAge {
  /** Quarters from the contract's start quarter to the review quarter, both included. */
  quarters: number;
  /** Days to the quarter's end from the last touch or the contract's start, whichever is later. */
  daysWithoutContact: number;
  /** Whether a touchpoint falls between the contract's start and the quarter's end. */
  touchedSinceStart: boolean;
}

/**
 * `lastTouch`: the latest touchpoint at or before `asOf` (the quarter's last day), if any;
 * `start`: the contract's start date, in `startQuarter`.
 */
export function contractAge(
  start: string,
  startQuarter: Quarter,
  quarter: Quarter,
  asOf: string,
  lastTouch: string | undefined,
): ContractAge {
  const touchedSinceStart = lastTouch !== undefined && lastTouch >= start;
  return {
    quarters: quarterIndex(quarter) - quarterIndex(startQuarter) + 1,
    daysWithoutContact: daysBetween(touchedSinceStart ? lastTouch : start, asOf),
    touchedSinceStart,
  };
}

/** The rhythm's share for a contract `quarters` old: ceil(perYear × n / 4), n at most 4. */
export function touchpointsWanted(perYear: number, quarters: number): number {
  return Math.ceil((perYear * Math.min(4, quarters)) / 4);
}
