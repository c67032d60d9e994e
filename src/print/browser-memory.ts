/**
 * The memory of a browser and all its child processes (renderers, GPU, utilities). On Linux
 * it is the proportional set size (PSS): pages the processes share are counted once, split
 * between them, where adding up each process's RSS would count Chromium's shared code many
 * times over. Elsewhere it falls back to the sum of RSS.
 */
import { readdir, readFile } from 'node:fs/promises';
import pidtree from 'pidtree';
import pidusage from 'pidusage';

export async function processTreeBytes(pid: number): Promise<number> {
  try {
    return process.platform === 'linux' ? await linuxPss(pid) : await rssSum(pid);
  } catch {
    // A process ended between listing and measuring: measure again next time.
    return 0;
  }
}

/**
 * `root` and every process below it (Linux: read from /proc). Each thread's `children` file
 * names its children, a few reads for a browser's tree; where the kernel has none, every
 * process's parent is read instead (slower: one read per process on the machine).
 */
export async function linuxProcessTree(root: number): Promise<number[]> {
  const tree: number[] = [];
  const visit = async (pid: number): Promise<boolean> => {
    const threads = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
    const lists = await Promise.all(
      threads.map((tid) => readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => null)),
    );
    if (lists.includes(null) && lists.every((list) => list === null)) return false;
    tree.push(pid);
    for (const child of lists.join(' ').split(/\s+/).filter(Boolean)) await visit(Number(child));
    return true;
  };
  if (process.platform === 'linux' && (await visit(root))) return tree;
  return scanProcessTree(root);
}

/** `root` and its descendants, found by reading every process's parent. */
async function scanProcessTree(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) may hold spaces and parentheses: the ppid follows its last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  return [...parents.keys()].filter(inTree);
}

async function linuxPss(root: number): Promise<number> {
  let total = 0;
  for (const pid of await linuxProcessTree(root)) {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  }
  return total;
}

async function rssSum(pid: number): Promise<number> {
  const usage = await pidusage([pid, ...(await pidtree(pid))]);
  return Object.values(usage).reduce((sum, u) => sum + (u?.memory ?? 0), 0);
}
