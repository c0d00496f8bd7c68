// The search room's door: the index the services keep current, and the results as the adviser sees them.
export {
  findRecords,
  indexRecord,
  removeRecord,
  rewriteSearchIndexes,
  type SearchHit,
  type SearchKind,
} from './search-index';
export { searchCaseload } from './results';
