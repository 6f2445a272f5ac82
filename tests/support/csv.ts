/**
 * A strict reader of RFC 4180 CSV, for tests: it reads a file back as a spreadsheet
 * would, and refuses what RFC 4180 does not allow (a bare quote inside an unquoted
 * field, text after a closing quote, a line ended by LF alone, a missing final CRLF),
 * so a test of the site's writer is not checked by that same writer.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`CSV: ${why} at character ${i} (row ${rows.length + 1})`);
  };
  // Each pass consumes at least one character, so the loop ends with the text.
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text.charAt(i++);
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') fail('text after a closing quote');
      continue;
    }
    const ch = text[i]!;
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') fail('CR without LF');
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n') {
      fail('a line ended by LF alone');
    } else if (ch === '"') {
      fail('a quote inside an unquoted field');
    } else {
      field += ch;
      i++;
    }
  }
  if (row.length > 0 || field !== '') fail('the last line has no CRLF');
  return rows;
}
