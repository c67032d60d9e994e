/** `2025-Q3` -> `Q3 '25`, short enough for ten quarters on one axis. */
export function quarterLabel(quarter: string): string {
  return `${quarter.slice(5)} '${quarter.slice(2, 4)}`;
}
