/** The middle of `list` (of an even count, the upper of the two middle values): the bench's figure of several runs. */
export const median = (list: number[]): number => list.toSorted((a, b) => a - b)[Math.floor(list.length / 2)]!;
