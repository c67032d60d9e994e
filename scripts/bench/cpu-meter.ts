/**
 * CPU time of the benchmark's process and of every process it starts (the browsers and their
 * renderers, also those that outlive their parent), so its figures hold on a machine that other
 * work shares, where wall-clock time does not.
 *
 * On Linux as root the benchmark moves itself into a cgroup of its own and reads its counter
 * (exact). Elsewhere it samples its process tree twice a second (each process's own time, the
 * last reading kept after it ends; what a process spends in its last half second is missed).
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linuxProcessTree } from '../../src/print/browser-memory.ts';

/** Milliseconds of CPU: this node process's, and everything's (null when it cannot be told). */
export interface CpuReading {
  node: number;
  all: number | null;
}

const CGROUP_ROOTS: Array<{ dir: string; usageMs: (dir: string) => number }> = [
  // cgroup v2: cpu.stat is there whether or not the cpu controller is enabled.
  {
    dir: '/sys/fs/cgroup',
    usageMs: (dir) => Number(/^usage_usec (\d+)/m.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'))![1]) / 1000,
  },
  {
    dir: '/sys/fs/cgroup/unified',
    usageMs: (dir) => Number(/^usage_usec (\d+)/m.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'))![1]) / 1000,
  },
  { dir: '/sys/fs/cgroup/cpuacct', usageMs: (dir) => Number(readFileSync(join(dir, 'cpuacct.usage'), 'utf8')) / 1e6 },
];

const nodeMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export class CpuMeter {
  private cgroup: { dir: string; parent: string; usageMs: (dir: string) => number } | null = null;
  private sampled = new Map<number, number>();
  private sampler: NodeJS.Timeout | null = null;

  /** How the total is measured, for the report. */
  readonly method: 'cgroup' | 'sampling' | 'none';

  constructor() {
    this.cgroup = joinOwnCgroup();
    if (this.cgroup) this.method = 'cgroup';
    else if (process.platform === 'linux') {
      this.method = 'sampling';
      this.sampler = setInterval(() => void this.sample(), 500);
      this.sampler.unref();
    } else this.method = 'none';
  }

  read(): CpuReading {
    if (this.cgroup) return { node: nodeMs(), all: this.cgroup.usageMs(this.cgroup.dir) };
    if (this.method === 'sampling') {
      void this.sample();
      return { node: nodeMs(), all: [...this.sampled.values()].reduce((a, b) => a + b, 0) };
    }
    return { node: nodeMs(), all: null };
  }

  /** Leaves the cgroup (and removes it) or stops sampling. */
  close(): void {
    if (this.sampler) clearInterval(this.sampler);
    if (!this.cgroup) return;
    try {
      writeFileSync(join(this.cgroup.parent, 'cgroup.procs'), String(process.pid));
      rmdirSync(this.cgroup.dir);
    } catch {
      // a process of the run still lives in it: the folder stays, empty once it ends
    }
  }

  private async sample(): Promise<void> {
    for (const pid of await linuxProcessTree(process.pid).catch(() => [])) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        this.sampled.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 1/100 s
      } catch {
        // ended meanwhile: its last reading stays
      }
    }
  }
}

/** Moves this process into a new cgroup that can count CPU; null when it cannot (not root, not Linux). */
function joinOwnCgroup(): { dir: string; parent: string; usageMs: (dir: string) => number } | null {
  if (process.platform !== 'linux') return null;
  for (const root of CGROUP_ROOTS) {
    const dir = join(root.dir, `qbr-bench-${process.pid}`);
    try {
      if (!readdirSync(root.dir).includes('cgroup.procs')) continue;
      mkdirSync(dir);
      writeFileSync(join(dir, 'cgroup.procs'), String(process.pid));
      root.usageMs(dir);
      return { dir, parent: root.dir, usageMs: root.usageMs };
    } catch {
      try {
        rmdirSync(dir);
      } catch {
        // never made
      }
    }
  }
  return null;
}

/** CPU used between two readings: node's own, and the rest (browsers, child processes). */
export function cpuBetween(start: CpuReading, end: CpuReading): { node: number; rest: number | null } {
  return {
    node: end.node - start.node,
    rest: start.all === null || end.all === null ? null : end.all - start.all - (end.node - start.node),
  };
}
