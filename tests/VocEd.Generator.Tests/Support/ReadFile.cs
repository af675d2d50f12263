namespace VocEd.Generator.Tests.Support;

/// <summary>A submission file as read back: canonical column names (null where a header matches nothing), rows and per-row facts.</summary>
internal sealed record ReadFile(string?[] Columns, IReadOnlyList<ReadRow> Rows, string? Encoding);

/// <summary>One data row: values by position, the number of fields the record had, and columns stored as numeric cells.</summary>
internal sealed record ReadRow(string?[] Values, int FieldCount, IReadOnlySet<int> NumericCells);
