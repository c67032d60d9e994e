/** Every test file's set-up: the temporary folders it made are removed when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.ts';

afterAll(removeTempDirs);
