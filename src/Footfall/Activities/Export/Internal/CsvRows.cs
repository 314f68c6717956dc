using System.Text;

namespace Footfall.Activities.Export.Internal;

/// <summary>RFC 4180 CSV: comma-separated, double-quoted fields that may hold commas, quotes ("")
/// and line breaks. Column names may repeat (Strava's activities.csv), so rows are read by position.</summary>
internal static class CsvRows
{
    public static IEnumerable<List<string>> Read(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
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
                    field.Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
                any = false;
            }
            else
            {
                field.Append((char)c);
            }
        }

        if (any)
        {
            row.Add(field.ToString().TrimEnd('\r'));
            yield return row;
        }
    }
}
