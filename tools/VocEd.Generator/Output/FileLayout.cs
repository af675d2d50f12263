namespace VocEd.Generator.Output;

/// <summary>
/// How one file is written: format, text encoding (CSV: utf-8, utf-8-bom or gb18030; JSON utf-8; XLSX none),
/// header language (en/zh), whether headers are styled differently (upper case and padded, or full-width brackets),
/// the column order (indexes into the template's canonical order) and, for JSON, array or JSON Lines.
/// </summary>
internal sealed record FileLayout(
    SubmissionFormat Format,
    string? Encoding,
    string HeaderLanguage,
    bool StyledHeaders,
    IReadOnlyList<int> ColumnOrder,
    bool JsonLines)
{
    public string Extension => Format switch
    {
        SubmissionFormat.Csv => "csv",
        SubmissionFormat.Xlsx => "xlsx",
        _ => "json",
    };
}
