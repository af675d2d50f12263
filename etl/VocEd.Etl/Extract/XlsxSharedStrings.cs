using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VocEd.Etl.Extract;

/// <summary>
/// The shared string table, read with the SAX reader into a plain list (cells refer to it by index, so it must be
/// held; it is the one part of an XLSX whose size follows the file's distinct texts). Phonetic runs are skipped. Its
/// count and its characters are bounded (<see cref="ReadLimits"/>): a table over either makes the file unreadable.
/// </summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part, ReadLimits limits, Func<SharedStringTablePart, OpenXmlReader> open)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long chars = 0;
        using var reader = open(part);
        var current = new StringBuilder();
        var phoneticDepth = 0;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    current.Clear();
                }
                else
                {
                    chars += current.Length;
                    if (strings.Count >= limits.MaxSharedStrings || chars > limits.MaxSharedStringChars)
                    {
                        throw new SubmissionUnreadableException(
                            $"the XLSX shared string table has more than {limits.MaxSharedStrings} strings or {limits.MaxSharedStringChars} characters");
                    }

                    strings.Add(current.ToString());
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phoneticDepth += reader.IsStartElement ? 1 : -1;
            }
            else if (type == typeof(Text) && reader.IsStartElement && phoneticDepth == 0)
            {
                current.Append(reader.GetText());
                if (chars + current.Length > limits.MaxSharedStringChars)
                {
                    throw new SubmissionUnreadableException($"the XLSX shared string table has more than {limits.MaxSharedStringChars} characters");
                }
            }
        }

        return strings;
    }
}
