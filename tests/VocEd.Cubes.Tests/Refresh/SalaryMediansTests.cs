using VocEd.Cubes.Sql;
using VocEd.Warehouse.Data;
using static VocEd.Cubes.Refresh.SalaryMedians;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>The median of cube_quality from cell histograms, against hand computations.</summary>
public sealed class SalaryMediansTests
{
    [Test]
    public void Median_of_an_odd_count_is_the_middle_value() =>
        Assert.That(Median(new Dictionary<double, long> { [5000] = 1, [3000] = 2, [4000] = 1, [6000] = 1 }), Is.EqualTo(4000), "3000 3000 4000 5000 6000");

    [Test]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.That(Median(new Dictionary<double, long> { [3000] = 1, [3500] = 1, [4000] = 1, [9000] = 1 }), Is.EqualTo(3750), "3000 3500 | 4000 9000");
        Assert.That(Median(new Dictionary<double, long> { [3000] = 2, [8000] = 2 }), Is.EqualTo(5500), "3000 3000 | 8000 8000");
        Assert.That(Median(new Dictionary<double, long> { [3000] = 3, [8000] = 1 }), Is.EqualTo(3000), "3000 3000 | 3000 8000");
    }

    [Test]
    public void Median_of_one_value_is_that_value() =>
        Assert.That(Median(new Dictionary<double, long> { [4321.5] = 1 }), Is.EqualTo(4321.5));

    [Test]
    public void An_empty_histogram_has_no_median() =>
        Assert.Throws<ArgumentException>(() => Median(new Dictionary<double, long>()));

    [Test]
    public void Cells_add_up_to_their_prefecture_province_economic_region_and_the_nation_by_type_and_over_all_types()
    {
        CellSalaries[] cells =
        [
            new("4401", "44", "east", "secondary", [(3000, 2)]),
            new("4401", "44", "east", "associate", [(5000, 1)]),
            new("4403", "44", "east", "secondary", [(4000, 1)]),
            new("5101", "51", "west", "associate", [(7000, 2), (7000, 1)]),
        ];
        HashSet<RegionKey> wanted =
        [
            new("prefecture", "4401", "secondary"), new("prefecture", "4401", "all"), new("province", "44", "secondary"),
            new("province", "44", "all"), new("economic_region", "east", "all"), new("economic_region", "west", "associate"),
            new("nation", "CN", "associate"), new("nation", "CN", "all"), new("prefecture", "4403", "associate"),
        ];

        var medians = Compute(cells, wanted).ToDictionary(m => m.Key, m => m.Median);

        Assert.Multiple(() =>
        {
            Assert.That(medians[new("prefecture", "4401", "secondary")], Is.EqualTo(3000));
            Assert.That(medians[new("prefecture", "4401", "all")], Is.EqualTo(3000), "3000 3000 5000");
            Assert.That(medians[new("province", "44", "secondary")], Is.EqualTo(3000), "3000 3000 4000");
            Assert.That(medians[new("province", "44", "all")], Is.EqualTo(3500), "3000 3000 | 4000 5000");
            Assert.That(medians[new("economic_region", "east", "all")], Is.EqualTo(3500));
            Assert.That(medians[new("economic_region", "west", "associate")], Is.EqualTo(7000));
            Assert.That(medians[new("nation", "CN", "associate")], Is.EqualTo(7000), "5000 7000 7000 7000");
            Assert.That(medians[new("nation", "CN", "all")], Is.EqualTo(5000), "3000 3000 4000 [5000] 7000 7000 7000");
            Assert.That(medians, Does.Not.ContainKey(new RegionKey("prefecture", "4403", "associate")), "a region and type without salaries has no median");
            Assert.That(medians, Has.Count.EqualTo(8), "only the wanted rows");
        });
    }

    [Test]
    public void A_cell_without_a_prefecture_or_province_counts_towards_the_levels_it_has()
    {
        CellSalaries[] cells = [new(string.Empty, "11", "east", "undergraduate", [(6000, 1)]), new(string.Empty, string.Empty, string.Empty, "undergraduate", [(2000, 1)])];
        HashSet<RegionKey> wanted = [new("prefecture", string.Empty, "undergraduate"), new("province", "11", "all"), new("province", string.Empty, "all"), new("nation", "CN", "undergraduate")];

        var medians = Compute(cells, wanted).ToDictionary(m => m.Key, m => m.Median);

        Assert.That(medians, Is.EquivalentTo(new Dictionary<RegionKey, double> { [new("province", "11", "all")] = 6000, [new("nation", "CN", "undergraduate")] = 4000 }));
    }

    [TestCase("2950:3", 2950.0, 3L)]
    [TestCase("2950.0:3", 2950.0, 3L)]
    [TestCase("2950.00:3", 2950.0, 3L)]
    [TestCase("1234.56:12", 1234.56, 12L)]
    [TestCase("1.23456789012E+15:1", 1.23456789012E+15, 1L)]
    public void A_histogram_entry_reads_back_as_the_database_wrote_it(string text, double salary, long graduates) =>
        Assert.That(ParseHistogram(text), Is.EqualTo(new[] { (salary, graduates) }));

    [Test]
    public void A_histogram_text_holds_its_entries_in_any_order() =>
        Assert.That(ParseHistogram("5000:1;3000.5:2;4000:7"), Is.EqualTo(new[] { (5000.0, 1L), (3000.5, 2L), (4000.0, 7L) }));

    [TestCase("")]
    [TestCase("5000")]
    [TestCase(":3")]
    [TestCase("5000:x")]
    public void A_malformed_histogram_text_is_an_error(string text) =>
        Assert.That(() => ParseHistogram(text), Throws.InstanceOf<FormatException>());

    [Test]
    public void The_median_updates_join_the_rows_as_values_on_server_databases_and_name_one_row_per_statement_on_SQLite()
    {
        Assert.That(CubeSql.For(WarehouseProvider.Postgres).UpdateMedians(2), Is.EqualTo(
            "update cube_quality\nset median_monthly_salary = v.m\nfrom (values (@l0, @c0, @t0, @m0), (@l1, @c1, @t1, @m1)) as v (l, c, t, m)\n" +
            "where cube_quality.academic_year = @year and cube_quality.region_level = v.l and cube_quality.region_code = v.c\n    and cube_quality.school_type = v.t"));
        Assert.That(CubeSql.For(WarehouseProvider.Sqlite).UpdateMedians(2), Is.EqualTo(
            "update cube_quality set median_monthly_salary = @m0 where academic_year = @year and region_level = @l0 and region_code = @c0 and school_type = @t0;\n" +
            "update cube_quality set median_monthly_salary = @m1 where academic_year = @year and region_level = @l1 and region_code = @c1 and school_type = @t1;\n"));
    }
}
