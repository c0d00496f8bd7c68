// The roll import room's door.
export { importRoll, type RollImport } from './import';
export { describeMissingColumns, matchHeader, parseRoll, type RollRow, type RollProblem } from './parse';
