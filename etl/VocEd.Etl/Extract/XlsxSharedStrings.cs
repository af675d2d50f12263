using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace VocEd.Etl.Extract;

/// <summary>
/// The shared string table, read with an <see cref="XmlReader"/> into a plain list (cells refer to it by index, so it must be
/// held; it is the one part of an XLSX whose size follows the file's distinct texts). Phonetic runs are skipped. Its
/// count and its characters are bounded (<see cref="ReadLimits"/>): a table over either makes the file unreadable.
/// </summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part, ReadLimits limits, Func<SharedStringTablePart, XmlReader> open)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long chars = 0;
        using var reader = open(part);
        var (item, text, phoneticRun) = (reader.NameTable.Add("si"), reader.NameTable.Add("t"), reader.NameTable.Add("rPh"));
        var current = new StringBuilder();
        var phoneticDepth = 0;
        var onNext = false; // ReadElementContentAsString left the reader on the next node already
        while (onNext || reader.Read())
        {
            onNext = false;
            var name = reader.LocalName;
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(name, item))
                {
                    current.Clear();
                    if (reader.IsEmptyElement)
                    {
                        Add();
                    }
                }
                else if (ReferenceEquals(name, phoneticRun) && !reader.IsEmptyElement)
                {
                    phoneticDepth++;
                }
                else if (ReferenceEquals(name, text) && phoneticDepth == 0 && !reader.IsEmptyElement)
                {
                    current.Append(reader.ReadElementContentAsString());
                    if (chars + current.Length > limits.MaxSharedStringChars)
                    {
                        throw new SubmissionUnreadableException($"the XLSX shared string table has more than {limits.MaxSharedStringChars} characters");
                    }

                    onNext = !reader.EOF;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                End(name);
            }
        }

        return strings;

        void End(string name)
        {
            if (ReferenceEquals(name, item))
            {
                Add();
            }
            else if (ReferenceEquals(name, phoneticRun))
            {
                phoneticDepth--;
            }
        }

        void Add()
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
}
