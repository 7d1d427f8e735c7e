export * from './analyze';
export type { Plan } from './plan';
