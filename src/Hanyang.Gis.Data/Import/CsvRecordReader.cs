using System.Text;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Splits CSV text into records (RFC 4180): fields separated by the delimiter, optionally quoted with
/// "", a doubled quote inside quotes is a quote, and quoted fields may span lines. Each record carries
/// the 1-based line it starts on, so messages can point at the line a planner sees in an editor.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private int line = 1;

    /// <summary>The delimiter of a header line: comma unless the line has none but has semicolons or tabs.</summary>
    public static char DetectDelimiter(string headerLine) =>
        headerLine.Contains(',', StringComparison.Ordinal) ? ','
        : headerLine.Contains(';', StringComparison.Ordinal) ? ';'
        : headerLine.Contains('\t', StringComparison.Ordinal) ? '\t'
        : ',';

    /// <summary>The next record and the line it starts on; null at the end. Lines that are entirely empty are skipped.</summary>
    public (IReadOnlyList<string> Fields, int Line)? Next()
    {
        while (true)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var any = false;
            int c;
            while ((c = reader.Read()) != -1)
            {
                any = true;
                var ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (ch == '\n')
                        {
                            line++;
                        }

                        field.Append(ch);
                    }
                }
                else if (ch == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (ch == delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (ch is '\r' or '\n')
                {
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    line++;
                    break;
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (!any)
            {
                return null;
            }

            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            return (fields, start);
        }
    }
}
