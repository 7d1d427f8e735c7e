export { parseTime, timeYears } from './parse';
export { inferSlashOrder } from './column';
export { inferCompactPattern } from './compact';
export { serialToDate, dateToSerial, isDateFormat, formatTokens } from './excel-date';
export { monthLabels } from './months';
export * from './spans';
export * from './types';
export { configuration } from './configuration';
export type { Configuration } from './configuration';
