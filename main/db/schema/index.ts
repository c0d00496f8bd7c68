export * from './audit';
export * from './clients';
export * from './organisations';
export * from './settings';
