/**
 * Watches a deck's inputs and calls back once a burst of saves has settled. Files are watched
 * through their folders (one level deep), so an editor that saves by writing a new file and
 * renaming it over the old one, or a file that appears later (a config), is still seen.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { once } from 'node:events';
import { watch, type FSWatcher } from 'chokidar';

/** What a deck is made from: single files, and folders watched with everything in them. */
export interface DeckInputs {
  files: string[];
  folders: string[];
}

export class InputWatcher {
  private files = new Set<string>();
  private folders: string[] = [];
  private watchers: { fileDirs: FSWatcher; trees: FSWatcher; ready: Promise<unknown> } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private changed: string[] = [];
  /** Second looks under way (see `lookAgain`), cleared on close. */
  private readonly lookingAgain = new Set<NodeJS.Timeout>();

  /** `onChange` gets the paths saved since the last call, `debounceMs` after the last save. */
  constructor(
    private readonly onChange: (paths: string[]) => void,
    private readonly debounceMs = 30,
  ) {}

  /** Watches these inputs from now on (the logo may have changed with the account file). */
  watch(inputs: DeckInputs): void {
    const files = inputs.files.map((f) => resolve(f));
    const newDirs = [...new Set(files.map(dirname))].filter((d) => ![...this.files].some((f) => dirname(f) === d));
    const newFolders = inputs.folders.map((f) => resolve(f)).filter((f) => !this.folders.includes(f));
    this.files = new Set([...this.files, ...files]);
    this.folders = [...this.folders, ...newFolders];
    if (!this.watchers) {
      const options = { ignoreInitial: true, atomic: false };
      const fileDirs = watch(newDirs, { ...options, depth: 0 }).on('all', (_event, path) => this.saw(path));
      const trees = watch(newFolders, options).on('all', (_event, path) => this.saw(path));
      this.watchers = { fileDirs, trees, ready: Promise.all([once(fileDirs, 'ready'), once(trees, 'ready')]) };
      return;
    }
    if (newDirs.length > 0) this.watchers.fileDirs.add(newDirs);
    if (newFolders.length > 0) this.watchers.trees.add(newFolders);
  }

  /** Resolves once the first inputs are watched: a save from then on is seen. */
  async ready(): Promise<void> {
    await this.watchers?.ready;
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    for (const timer of this.lookingAgain) clearTimeout(timer);
    this.lookingAgain.clear();
    await Promise.all([this.watchers?.fileDirs.close(), this.watchers?.trees.close()]);
  }

  private saw(path: string): void {
    const absolute = resolve(path);
    const inFolder = this.folders.some(
      (folder) => !relative(folder, absolute).startsWith('..') && !relative(folder, absolute).startsWith(sep),
    );
    if (!this.files.has(absolute) && !inFolder) return;
    this.changed.push(absolute);
    this.lookAgain(absolute);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const paths = this.changed;
      this.changed = [];
      this.onChange(paths);
    }, this.debounceMs);
  }

  /**
   * chokidar drops a second change to a file within 50 ms of the first (its change throttle,
   * which has no trailing event): a save right after another was never reported. So each save
   * is looked at again once that window has passed; a file changed since is a save of its own.
   */
  private lookAgain(path: string): void {
    const stamp = () => {
      try {
        const { mtimeMs, size } = statSync(path);
        return `${mtimeMs} ${size}`;
      } catch {
        return 'gone';
      }
    };
    const then = stamp();
    const timer = setTimeout(() => {
      this.lookingAgain.delete(timer);
      if (stamp() !== then) this.saw(path);
    }, CHOKIDAR_CHANGE_THROTTLE_MS + 25);
    this.lookingAgain.add(timer);
  }
}

/** chokidar emits at most one `change` per file in this window (`_throttle('change', path, 50)`). */
const CHOKIDAR_CHANGE_THROTTLE_MS = 50;
