export * from './findings';
export * from './validate';
export { isVagueOwner } from './vague';
