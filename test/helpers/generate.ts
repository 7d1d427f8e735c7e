/** Generated plans of any size, in the shapes of the corpus (Vietnamese headers, numbered goals, free-text times). */
const TIMES = ['03/09', 'T4', 'T7+8', '02 – 04/09', 'Q3 2019', 'luty – marzec 2014', 'III kw. 2019', '- 04 và đầu tháng 05/09', '1/2010', 'Jan–Mar 2024', 'ongoing', ''];
const OWNERS = ['Hùng, Anh, Dũng', 'Các trưởng nhóm', 'BDH ML', 'Tất cả', '', 'Gmina Płock i TWP'];

export function planRows(n: number, seed = 1): string[][] {
  const rows: string[][] = [['KẾ HOẠCH HÀNH ĐỘNG 2009'], ['Mục tiêu', 'Hoạt động', 'Phương pháp thực hiện', 'Thời gian', 'Người thực hiện', 'Kết quả mong đợi']];
  let x = seed;
  const rnd = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  for (let i = 0; i < n; i++) {
    const g = Math.floor(i / 8) + 1;
    rows.push([
      i % 8 === 0 ? `${g}. Mục tiêu số ${g}` : '',
      `${g}.${(i % 8) + 1} Hoạt động ${i + 1} của nhóm`,
      rnd(5) === 0 ? '' : '- Hội thảo\n- Gặp mặt',
      TIMES[rnd(TIMES.length)],
      OWNERS[rnd(OWNERS.length)],
      rnd(4) === 0 ? '' : `Kết quả ${i + 1}`,
    ]);
  }
  return rows;
}
