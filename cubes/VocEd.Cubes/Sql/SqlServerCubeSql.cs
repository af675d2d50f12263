namespace VocEd.Cubes.Sql;

/// <summary>SQL Server: year(…) of a date column; string_agg over varchar(max); floats as text with 17 digits (style 3), which read back exactly.</summary>
internal sealed class SqlServerCubeSql : CubeSql
{
    protected override string YearOfDate(string column) => $"year({column})";

    protected override string HistogramEntry(string salary, string count) => $"convert(varchar(32), {salary}, 3) + ':' + convert(varchar(12), {count})";

    protected override string Concatenated(string text) => $"string_agg(cast({text} as varchar(max)), ';')";
}
