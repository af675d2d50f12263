using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Cubes;

/// <summary>A column of a cube table read for rendering or export, with its type and, for measures, its indicator.</summary>
public sealed record CubeColumn(string Name, CubeColumnType Type, Indicator? Indicator, string Meaning)
{
    /// <summary>The columns of a cube in export order, with types from the registry (counts integer, flags boolean, other measures real).</summary>
    public static IReadOnlyList<CubeColumn> Of(CubeDefinition cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var columns = new List<CubeColumn>();
        columns.AddRange(cube.Keys.Select(k => new CubeColumn(k.Name, k.Name.EndsWith("year", StringComparison.Ordinal) ? CubeColumnType.WholeNumber : CubeColumnType.Text, null, k.Meaning)));
        columns.AddRange(cube.Attributes.Select(a => new CubeColumn(a.Name, a.Type switch
        {
            CubeDescriptiveType.WholeNumber => CubeColumnType.WholeNumber,
            CubeDescriptiveType.Boolean => CubeColumnType.Boolean,
            CubeDescriptiveType.Date => CubeColumnType.Date,
            CubeDescriptiveType.Timestamp => CubeColumnType.Timestamp,
            _ => CubeColumnType.Text,
        }, null, a.Meaning)));
        columns.AddRange(cube.Indicators.Select(i => new CubeColumn(
            i.Column,
            i.Kind switch
            {
                IndicatorKind.Count => CubeColumnType.WholeNumber,
                IndicatorKind.Flag => CubeColumnType.Boolean,
                _ => CubeColumnType.RealNumber,
            },
            i,
            $"{i.NameZh} {i.NameEn}: {i.Formula}")));
        columns.Add(new CubeColumn("refreshed_at", CubeColumnType.Timestamp, null, "when the row was last refreshed (UTC)"));
        return columns;
    }
}
