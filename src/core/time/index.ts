export { parseTime } from './parse';
export { parseTimeCell } from './cell';
export { inferSlashOrder } from './column';
export { timeTextOfCell, serialToDate, dateToSerial, isDateFormat } from './excel-date';
export { monthLabels } from './months';
export * from './spans';
export * from './types';
export { configuration } from './configuration';
export type { Configuration } from './configuration';
