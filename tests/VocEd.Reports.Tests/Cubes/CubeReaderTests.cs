using VocEd.Reports.Cubes;
using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Tests.Cubes;

/// <summary>Slices of a cube read in one statement (a span of years, fixed key values), on SQLite and PostgreSQL; the statements parse as T-SQL.</summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
public sealed class CubeReaderTests(WarehouseProvider provider)
{
    private const int _year = ReportWarehouse.Year;

    private Task<WarehouseOptions> Warehouse => ReportWarehouse.SharedAsync(provider);

    [Test]
    public async Task A_span_of_years_with_a_fixed_school_type_reads_those_rows_only()
    {
        var slice = new CubeSlice(null, _year - 1, _year).Where("school_type", "all");
        var table = await CubeReader.ReadAsync(await Warehouse, CubeCatalog.Quality, slice, CancellationToken.None);
        var every = await CubeReader.ReadAsync(await Warehouse, CubeCatalog.Quality, null, null, CancellationToken.None);
        var (year, type) = (table.IndexOf("academic_year"), table.IndexOf("school_type"));
        Assert.That(table.Rows.Select(r => r[year]).Distinct(), Is.EquivalentTo(new object[] { (long)(_year - 1), (long)_year }));
        Assert.That(table.Rows.Select(r => r[type]).Distinct(), Is.EqualTo(new[] { "all" }));
        Assert.That(table.Rows, Has.Count.EqualTo(every.Rows.Count(r => Equals(r[type], "all"))).And.Count.GreaterThan(0));
    }

    [Test]
    public async Task A_slice_of_one_year_and_bases_for_every_region_reads_each_region()
    {
        var slice = CubeSlice.Of(null, _year).Where("supply_basis", "enrollment").Where("demand_basis", "value_added");
        var table = await CubeReader.ReadAsync(await Warehouse, CubeCatalog.AlignmentSection, slice, CancellationToken.None);
        var regions = table.Rows.Select(r => r[table.IndexOf("region_code")]).Distinct().ToList();
        Assert.That(regions, Does.Contain("44").And.Contains("4401"));
        Assert.That(table.Rows.All(r => Equals(r[table.IndexOf("demand_basis")], "value_added") && Equals(r[table.IndexOf("year")], (long)_year)));
    }

    [Test]
    public void A_filter_on_a_column_the_cube_lacks_is_refused() =>
        Assert.That(() => CubeReader.Select(CubeCatalog.Quality, CubeSlice.Of(null, null).Where("school_type; drop table x", "all")),
            Throws.ArgumentException.With.Message.Contains("cube_quality has no column"));

    [Test]
    public void Every_kind_of_slice_is_one_statement_that_parses_as_T_SQL()
    {
        CubeSlice[] slices =
        [
            CubeSlice.Of(null, null),
            CubeSlice.Of("44", _year),
            new CubeSlice(null, _year - 4, _year).Where("school_type", "all"),
            new CubeSlice("4401", null, _year),
        ];
        foreach (var cube in new[] { CubeCatalog.Quality, CubeCatalog.Alignment, CubeCatalog.QualitySchool })
        {
            foreach (var slice in slices.Where(s => s.Filters.Count == 0 || cube == CubeCatalog.Quality))
            {
                var (sql, parameters) = CubeReader.Select(cube, slice);
                var script = TSql.ParseWithoutErrors(sql);
                Assert.That(script.Batches.Single().Statements, Has.Count.EqualTo(1), sql);
                Assert.That(parameters.Select(p => p.Name), Is.All.Matches<string>(name => sql.Contains(name, StringComparison.Ordinal)), sql);
            }
        }
    }
}
