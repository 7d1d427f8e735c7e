export * from './activities';
export * from './table';
