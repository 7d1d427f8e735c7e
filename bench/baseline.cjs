/* Baselines for the bench, as whole processes: ExcelJS's full read, or its streaming WorkbookReader, of one file, touching every cell. */
const ExcelJS = require('exceljs');
const [mode, file] = process.argv.slice(2);
(async () => {
  let cells = 0;
  if (mode === 'full') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
  } else {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const ws of reader) for await (const row of ws) row.eachCell(() => cells++);
  }
  process.stdout.write(String(cells));
})();
