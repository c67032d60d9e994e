/** How long each stage of one deck took, for the progress lines and the benchmark. */

/** Milliseconds spent in each stage of one deck. */
export interface StageTimings {
  /** Reading and checking the account and its logo, and the fingerprint of its inputs. */
  load: number;
  analyse: number;
  charts: number;
  html: number;
  /** Waiting for a free browser page. */
  queue: number;
  pdf: number;
  /** Building the PowerPoint (while Chromium prints, when both are asked for). */
  pptx: number;
  /** Composing the email draft, once its PDF is printed. */
  eml: number;
  write: number;
}

/** Called as a stage ends: the time since the last lap is that stage's. */
export type Lap = (stage: keyof StageTimings) => void;

/** A stopwatch for one deck; `lap(stage)` adds the time since the previous lap to `stage`. */
export function stageTimer(): { timings: StageTimings; lap: Lap } {
  const timings: StageTimings = {
    load: 0,
    analyse: 0,
    charts: 0,
    html: 0,
    queue: 0,
    pdf: 0,
    pptx: 0,
    eml: 0,
    write: 0,
  };
  let mark = performance.now();
  const lap: Lap = (stage) => {
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };
  return { timings, lap };
}
