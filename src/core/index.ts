export * from './analyze';
export type { Plan } from './model/plan';
