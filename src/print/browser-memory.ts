/** The resident memory of a browser and all its child processes (renderers, GPU, utilities). */
import pidtree from 'pidtree';
import pidusage from 'pidusage';

export async function processTreeBytes(pid: number): Promise<number> {
  try {
    const pids = [pid, ...(await pidtree(pid))];
    const usage = await pidusage(pids);
    return Object.values(usage).reduce((sum, u) => sum + (u?.memory ?? 0), 0);
  } catch {
    // The process ended between listing and measuring: nothing to count.
    return 0;
  }
}
