export * from './audit';
export * from './clients';
export * from './interviews';
export * from './organisations';
export * from './settings';
export * from './plans';
export * from './data-protection';
