declare module '*.csv' {
  const text: string;
  export default text;
}
declare module '*.css' {
  const text: string;
  export default text;
}
declare module 'exceljs/dist/exceljs.min.js';
