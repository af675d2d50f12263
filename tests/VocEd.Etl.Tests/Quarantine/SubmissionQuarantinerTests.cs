using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Quarantine;

/// <summary>A quarantined file sent again: a duplicate while its content and reason are unchanged, a new try once the reason may have gone.</summary>
public sealed class SubmissionQuarantinerTests
{
    [Test]
    public async Task An_unreadable_file_sent_again_is_a_duplicate_and_is_not_registered_again_while_its_copy_is_kept()
    {
        using var harness = await LoadHarness.CreateAsync("sqlite");
        var file = Write(harness, "x/unknown.csv", "colour,size\r\nred,1\r\n");
        var first = (await harness.IngestAsync(file)).Submissions.Single();
        var again = (await harness.IngestAsync(file)).Submissions.Single();

        Assert.That(first.Status, Is.EqualTo(SubmissionStatuses.Quarantined));
        Assert.That((again.Status, again.SubmissionId), Is.EqualTo((SubmissionOutcome.Duplicate, first.SubmissionId)));
        Assert.That(again.Reason, Does.Contain(RuleIds.FileUnknownKind).And.Contain("not registered again"));
        Assert.That(await SubmissionsAsync(harness), Is.EqualTo(1));

        // Its kept copy purged (past the retention period, say): quarantined and kept again.
        foreach (var kept in Directory.GetFiles(harness.Options.QuarantineDirectory))
        {
            File.Delete(kept);
        }

        var third = (await harness.IngestAsync(file)).Submissions.Single();
        Assert.That((third.Status, await SubmissionsAsync(harness)), Is.EqualTo((SubmissionStatuses.Quarantined, 2)));
    }

    [Test]
    public async Task A_file_quarantined_for_an_unknown_school_is_a_duplicate_until_the_schools_profile_arrives_then_it_loads()
    {
        using var harness = await LoadHarness.CreateAsync("sqlite");
        var rows = Enumerable.Range(1, 60).Select(i => TestRows.With(SubmissionKind.Enrollment,
            (ColumnNames.CitizenId, TestRows.Id(birth: "20080101", sequence: (2 * i).ToString("000", CultureInfo.InvariantCulture))))).ToArray();
        var enrollment = Write(harness, "2024/enrollment/e.csv", CsvText.Of(SubmissionKind.Enrollment, chineseHeaders: false, rows));

        var first = (await harness.IngestAsync(enrollment)).Submissions.Single();
        Assert.That(first.Status, Is.EqualTo(SubmissionStatuses.Quarantined));
        Assert.That(first.Reason, Does.StartWith(RuleIds.RejectionRateExceeded));
        var again = (await harness.IngestAsync(enrollment)).Submissions.Single();
        Assert.That((again.Status, await SubmissionsAsync(harness)), Is.EqualTo((SubmissionOutcome.Duplicate, 1)));

        var profile = Write(harness, "2024/school_profile/p.csv", CsvText.Of(SubmissionKind.SchoolProfile, chineseHeaders: true, TestRows.Valid(SubmissionKind.SchoolProfile)));
        Assert.That((await harness.IngestAsync(profile)).Submissions.Single().Status, Is.EqualTo(SubmissionStatuses.Loaded));
        var retried = (await harness.IngestAsync(enrollment)).Submissions.Single();
        Assert.That((retried.Status, retried.RowsLoaded), Is.EqualTo((SubmissionStatuses.Loaded, 60L)), "the reason has gone");
    }

    private static string Write(LoadHarness harness, string name, string text)
    {
        var path = Path.Combine(harness.Folder, "files", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? harness.Folder);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<int> SubmissionsAsync(LoadHarness harness)
    {
        await using var db = harness.Db();
        return await db.EtlSubmissions.CountAsync();
    }
}
