using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Withdraw;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Conform;

/// <summary>dim_school's type-2 history built from school_profile submissions: changes, late corrections and withdrawals, with facts following their year.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class SchoolVersionerTests(string provider)
{
    private const string _school = TestRows.SecondarySchool;

    [Test]
    public async Task Versions_follow_changes_late_corrections_and_withdrawals_and_facts_follow_their_year()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await IngestAsync(harness, "2021/school_profile/p.csv", Profile(2021, "公办", "旧名学校"));
        await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "公办", "旧名学校"));
        var p2023 = await IngestAsync(harness, "2023/school_profile/p.csv", Profile(2023, "民办", "新名学校"));
        await IngestAsync(harness, "2022/enrollment/e.csv", Enrollment(2022));
        await IngestAsync(harness, "2023/enrollment/e.csv", Enrollment(2023));

        Assert.That(await VersionsAsync(harness), Is.EqualTo(new[] { "2021-2022 public 新名学校 False", "2023-9999 private 新名学校 True" }));
        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2022→2021", "2023→2023" }));

        // A late correction of 2022 (now private) slots into its place: 2022 joins the private version.
        await IngestAsync(harness, "2022/school_profile/p_v2.csv", Profile(2022, "民办", "旧名学校"));
        Assert.That(await VersionsAsync(harness), Is.EqualTo(new[] { "2021-2021 public 新名学校 False", "2022-9999 private 新名学校 True" }));
        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2022→2022", "2023→2022" }));

        // Withdrawing 2023 leaves 2022 as the latest year: its name wins; the 2023 fact keeps the open version.
        await using (var db = harness.Db())
        {
            var result = await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, p2023.SubmissionId.GetValueOrDefault(), CancellationToken.None);
            Assert.That(result.SchoolsRebuilt, Is.EqualTo(new[] { _school }));
        }

        Assert.That(await VersionsAsync(harness), Is.EqualTo(new[] { "2021-2021 public 旧名学校 False", "2022-9999 private 旧名学校 True" }));
        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2022→2022", "2023→2022" }));
        await using var check = harness.Db();
        var withdrawn = await check.EtlSubmissions.SingleAsync(s => s.SubmissionId == p2023.SubmissionId);
        Assert.That(withdrawn.Status, Is.EqualTo(SubmissionStatuses.Withdrawn), "history stays");
        Assert.That(await check.FactSchoolResources.CountAsync(f => f.SubmissionId == p2023.SubmissionId), Is.Zero, "its facts are gone");
        Assert.That(await check.FactSchoolResources.CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task Withdrawing_an_enrollment_removes_its_facts_and_a_second_withdrawal_is_refused()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "公办", "学校"));
        var enrollment = await IngestAsync(harness, "2022/enrollment/e.csv", Enrollment(2022));
        await using var db = harness.Db();
        var id = enrollment.SubmissionId.GetValueOrDefault();
        Assert.That(await db.FactEnrollments.CountAsync(f => f.SubmissionId == id), Is.EqualTo(1));

        var result = await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, id, CancellationToken.None);
        Assert.That((result.FactRowsRemoved, await db.FactEnrollments.CountAsync()), Is.EqualTo((1L, 0)));
        Assert.That(async () => await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(harness.Db(), id, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("withdrawn, not loaded"));
    }

    [Test]
    public async Task Withdrawing_a_profile_year_moves_its_facts_to_the_nearest_version_left()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var p2021 = await IngestAsync(harness, "2021/school_profile/p.csv", Profile(2021, "公办", "学校"));
        var p2022 = await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "民办", "学校"));
        await IngestAsync(harness, "2023/school_profile/p.csv", Profile(2023, "民办", "学校"));
        foreach (var year in new[] { 2021, 2022, 2023 })
        {
            await IngestAsync(harness, $"{year}/enrollment/e.csv", Enrollment(year));
        }

        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2021→2021", "2022→2022", "2023→2022" }));

        // 2022 withdrawn (the first year of the private version): its facts go to the version of the latest year before
        // it, 2021's; 2023 starts a version of its own.
        await using (var db = harness.Db())
        {
            await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, p2022.SubmissionId.GetValueOrDefault(), CancellationToken.None);
        }

        Assert.That(await VersionsAsync(harness), Is.EqualTo(new[] { "2021-2022 public 学校 False", "2023-9999 private 学校 True" }));
        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2021→2021", "2022→2021", "2023→2023" }));

        // 2021, the first year, withdrawn: no year before it is left, so its facts (and 2022's) go to the first version left.
        await using (var db = harness.Db())
        {
            await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, p2021.SubmissionId.GetValueOrDefault(), CancellationToken.None);
        }

        Assert.That(await VersionsAsync(harness), Is.EqualTo(new[] { "2023-9999 private 学校 True" }));
        Assert.That(await FactVersionsAsync(harness), Is.EqualTo(new[] { "2021→2023", "2022→2023", "2023→2023" }));
        await using var check = harness.Db();
        Assert.That(await check.FactEnrollments.CountAsync(f => f.SchoolKey < 0), Is.Zero, "no fact is left under the unknown school");
    }

    [Test]
    public async Task Withdrawing_the_last_profile_of_a_school_whose_enrollment_is_loaded_is_refused_until_the_enrollment_goes()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var profile = await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "公办", "学校"));
        var enrollment = await IngestAsync(harness, "2022/enrollment/e.csv", Enrollment(2022));
        var profileId = profile.SubmissionId.GetValueOrDefault();

        await using (var db = harness.Db())
        {
            var refused = Assert.ThrowsAsync<WithdrawalRefusedException>(() => new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, profileId, CancellationToken.None));
            Assert.That(refused?.Reason, Is.EqualTo(WithdrawalRefusedException.ProfileHasDependentFacts));
            Assert.That(refused?.Message, Does.Contain($"withdraw submission(s) {enrollment.SubmissionId} first"));
        }

        await using (var db = harness.Db())
        {
            Assert.That(await db.EtlSubmissions.Where(s => s.SubmissionId == profileId).Select(s => s.Status).SingleAsync(), Is.EqualTo(SubmissionStatuses.Loaded), "nothing changed");
            Assert.That(await db.FactEnrollments.CountAsync(f => f.SchoolKey < 0), Is.Zero);
            await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, enrollment.SubmissionId.GetValueOrDefault(), CancellationToken.None);
        }

        await using (var db = harness.Db())
        {
            var result = await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, profileId, CancellationToken.None);
            Assert.That(result.SchoolsRebuilt, Is.EqualTo(new[] { _school }));
        }

        Assert.That(await VersionsAsync(harness), Is.Empty, "the school has no version left, and no fact needs one");
    }

    /// <summary>
    /// A correction deletes the earlier rows by year, the submitting school's keys and submission (the student fact
    /// tables' key); a row whose school key is none of those (changed by hand here) still goes, by submission alone.
    /// </summary>
    [Test]
    public async Task A_correction_removes_every_earlier_row_even_one_whose_school_key_was_changed_by_hand()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "公办", "学校"));
        var csv = Enrollment(2022);
        var id = (await IngestAsync(harness, "2022/enrollment/e.csv", csv)).SubmissionId.GetValueOrDefault();
        await using (var db = harness.Db())
        {
            Assert.That(await db.FactEnrollments.Where(f => f.SubmissionId == id).ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, 424242)), Is.EqualTo(1));
        }

        // The same rows with other line ends: another file, the same replacement key.
        var correction = await IngestAsync(harness, "2022/enrollment/e_v2.csv", csv.Contains("\r\n", StringComparison.Ordinal) ? csv.Replace("\r\n", "\n", StringComparison.Ordinal) : csv.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.That(correction.ReplacedSubmissionId, Is.EqualTo(id));
        await using var check = harness.Db();
        Assert.That(await check.FactEnrollments.CountAsync(f => f.SubmissionId == id), Is.Zero, "the earlier rows are gone");
        Assert.That(await check.FactEnrollments.Select(f => f.SubmissionId).ToListAsync(), Is.EqualTo(new[] { correction.SubmissionId.GetValueOrDefault() }));
    }

    /// <summary>
    /// Staging more rows than one statement batch takes (100), for as many schools: every row is staged and every
    /// school gets its one open version, keyed; a second staging of the same rows replaces them and keeps the keys.
    /// </summary>
    [Test]
    public async Task Many_staged_rows_go_in_batches_and_each_school_gets_its_version()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var submission = await IngestAsync(harness, "2022/school_profile/p.csv", Profile(2022, "公办", "学校"));
        var codes = Enumerable.Range(0, 250).Select(i => "44019" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var staged = codes.Select((code, i) => new Warehouse.Model.Staging.StgSchoolProfile
        {
            SchoolCode = code,
            AcademicYear = 2022,
            SchoolName = "学校" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SchoolType = "secondary",
            Sponsor = i % 2 == 0 ? "public" : "private",
            CountyCode = "440106",
            SubmissionId = submission.SubmissionId.GetValueOrDefault(),
            SourceRowNumber = i + 1,
        }).ToList();

        async Task<IReadOnlyDictionary<string, SchoolRebuild>> StageAsync()
        {
            await using var db = harness.Db();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var keys = await DimensionKeys.LoadAsync(db, CancellationToken.None);
            var rebuilt = await new SchoolVersioner(keys).StageAndRebuildAsync(db, staged, codes, CancellationToken.None);
            await transaction.CommitAsync();
            return rebuilt;
        }

        var first = await StageAsync();
        Assert.That(first.Values.Select(r => r.Versions.Count), Has.Exactly(codes.Count).EqualTo(1));
        Assert.That(first.Values.Select(r => r.Versions[0].Key).Distinct().Count(), Is.EqualTo(codes.Count), "a key of its own for each");
        var again = await StageAsync();
        Assert.That(again.ToDictionary(r => r.Key, r => r.Value.Versions[0].Key), Is.EqualTo(first.ToDictionary(r => r.Key, r => r.Value.Versions[0].Key)));
        await using var check = harness.Db();
        Assert.That(await check.StgSchoolProfiles.CountAsync(s => codes.Contains(s.SchoolCode)), Is.EqualTo(codes.Count));
        var versions = await check.DimSchools.Where(s => codes.Contains(s.SchoolCode)).ToListAsync();
        Assert.That(versions.Select(v => $"{v.SchoolCode} {v.ValidFrom}-{v.ValidTo} {v.Sponsor} {v.SchoolName} {v.IsCurrent}"),
            Is.EquivalentTo(staged.Select(r => $"{r.SchoolCode} 2022-9999 {r.Sponsor} {r.SchoolName} True")));
    }

    private static async Task<SubmissionOutcome> IngestAsync(LoadHarness harness, string name, string csv)
    {
        var path = Path.Combine(harness.Folder, "files", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // the path has a folder
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        var summary = await harness.IngestAsync(path);
        var outcome = summary.Submissions.Single();
        Assert.That((outcome.Status, outcome.RowsRejected), Is.EqualTo((SubmissionStatuses.Loaded, 0L)), $"{name}: {outcome.Reason} {string.Join(",", outcome.ByRule.Keys)}");
        return outcome;
    }

    private static string Profile(int year, string sponsor, string name) =>
        CsvText.Of(SubmissionKind.SchoolProfile, chineseHeaders: true, TestRows.With(SubmissionKind.SchoolProfile,
            (ColumnNames.AcademicYear, year.ToString(System.Globalization.CultureInfo.InvariantCulture)), (ColumnNames.Sponsor, sponsor), (ColumnNames.SchoolName, name)));

    private static string Enrollment(int year) =>
        CsvText.Of(SubmissionKind.Enrollment, chineseHeaders: false, TestRows.With(SubmissionKind.Enrollment,
            (ColumnNames.AcademicYear, year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (ColumnNames.EntryYear, (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static async Task<string[]> VersionsAsync(LoadHarness harness)
    {
        await using var db = harness.Db();
        return [.. (await db.DimSchools.Where(s => s.SchoolCode == _school).OrderBy(s => s.ValidFrom).ToListAsync())
            .Select(s => $"{s.ValidFrom}-{s.ValidTo} {s.Sponsor} {s.SchoolName} {s.IsCurrent}")];
    }

    private static async Task<string[]> FactVersionsAsync(LoadHarness harness)
    {
        await using var db = harness.Db();
        var rows = await db.FactEnrollments.Join(db.DimSchools, f => f.SchoolKey, s => s.SchoolKey, (f, s) => new { f.AcademicYear, s.ValidFrom }).ToListAsync();
        return [.. rows.OrderBy(r => r.AcademicYear).Select(r => $"{r.AcademicYear}→{r.ValidFrom}")];
    }
}
