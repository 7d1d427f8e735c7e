export * from './model';
export * from './sheet';
export * from './sheets';
