// Setup file: removes the temp folders a test file made once it ends (tests/support/temp-directories.ts).
import { afterAll } from 'vitest';
import { removeTempDirectoriesMade } from './temp-directories';

afterAll(removeTempDirectoriesMade);
