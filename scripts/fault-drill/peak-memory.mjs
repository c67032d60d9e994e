// Preloaded into the CLI's process by the fault drill: at exit, its peak resident memory (bytes)
// into the file $QBR_DRILL_PEAK_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.QBR_DRILL_PEAK_FILE)
    writeFileSync(process.env.QBR_DRILL_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024));
});
