using VocEd.Etl.Extract;
using VocEd.Etl.Ingest;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>Every student name written in a sample folder (read with the ETL's own readers, whatever the format and encoding).</summary>
internal static class StudentNames
{
    public static HashSet<string> In(string folder)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SubmissionFileLister.List([folder]))
        {
            try
            {
                var format = SubmissionFormatDetector.Detect(file.FullPath);
                using var reader = SubmissionReaderFactory.Open(file.FullPath, format, null);
                if (KindDetector.Detect(reader.Headers).Template is not { Kind: SubmissionKind.Enrollment } template)
                {
                    continue;
                }

                var column = template.IndexOf(ColumnNames.StudentName);
                foreach (var row in reader.ReadRows(HeaderMatcher.For(template.Kind), CancellationToken.None))
                {
                    if (row.Values[column] is { Length: > 0 } name)
                    {
                        names.Add(name);
                    }
                }
            }
            catch (SubmissionUnreadableException)
            {
                // A corrupt workbook: nothing of it can have been stored.
            }
        }

        return names;
    }
}
