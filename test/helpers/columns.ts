/**
 * What `col -b` makes of a rendered manual page: a run of two or more spaces that reaches a tab stop (every 8
 * columns) is written as tabs up to the last stop it reaches, then spaces. A page saved through `col -b` and one
 * saved from `man` directly differ only so.
 */
export function spacesToTabs(text: string): string {
  return text.split('\n').map((line) => {
    let out = '';
    let column = 0;
    for (let k = 0; k < line.length;) {
      if (line[k] !== ' ') {
        out += line[k++];
        column++;
        continue;
      }
      let end = k;
      while (line[end] === ' ') end++;
      const to = column + end - k;
      let at = column;
      for (let stop = at - (at % 8) + 8; stop <= to && to - column > 1; stop += 8) {
        out += '\t';
        at = stop;
      }
      out += ' '.repeat(to - at);
      column = to;
      k = end;
    }
    return out;
  }).join('\n');
}
