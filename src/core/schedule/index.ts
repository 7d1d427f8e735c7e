export * from './model';
export * from './sheet';
