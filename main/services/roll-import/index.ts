// The roll import room's door.
export { importRoll } from './import';
export { matchHeader, parseRoll, type RollRow, type RollProblem } from './parse';
