export * from './audit';
export * from './settings';
