using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Generator;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Pseudonymize;

/// <summary>
/// The pseudonym key against the warehouse (<see cref="PseudonymKeyRegistry"/>), on SQLite and PostgreSQL: the key's
/// fingerprint is recorded at its first use, an ingest with another key is refused before it writes anything (both fingerprints and the key file named), and
/// a rotation re-keys every stored pseudonym in one transaction so that the same students still match.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class PseudonymKeyIngestTests(string provider)
{
    private static string Sample => GeneratedSamples.Get("tiny-clean-utf8-csv", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8));

    [Test]
    public async Task The_first_ingest_records_the_key_and_another_key_is_refused_naming_both_fingerprints_and_the_file()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var empty = Directory.CreateDirectory(Path.Combine(harness.Folder, "empty")).FullName;
        await harness.IngestAsync(empty);
        var key = PseudonymKey.Load(harness.Options.PseudonymKeyFile);
        await using (var db = harness.Db())
        {
            var recorded = await db.EtlPseudonymKeys.SingleAsync();
            Assert.That((recorded.KeyVersion, recorded.Fingerprint, recorded.RecordedBy), Is.EqualTo((1, key.Fingerprint, PseudonymKeyRegistry.FirstUse)));
        }

        var other = Path.Combine(harness.Folder, "other", "pseudonym-key.json");
        var otherKey = PseudonymKey.Init(other);
        harness.Options.PseudonymKeyFile = other;
        var refusal = Assert.ThrowsAsync<PseudonymKeyException>(() => harness.IngestAsync(empty))!;
        Assert.That(refusal.Message, Does.Contain(other).And.Contain(otherKey.Fingerprint).And.Contain(key.Fingerprint).And.Not.Contain("\n"));
        await using (var db = harness.Db())
        {
            Assert.That(await db.EtlLoadRuns.CountAsync(), Is.EqualTo(1), "the refused ingest recorded no run");
        }
    }

    [Test]
    public async Task A_rotation_rekeys_every_stored_pseudonym_and_the_same_students_still_match()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var folder = Path.Combine(harness.Folder, "first");
        var manifest = SampleManifest.Read(Sample);
        var enrollment = manifest.Files.First(f => f.Kind == "enrollment").Path;
        var school = Path.GetFileNameWithoutExtension(enrollment);
        Copy(Sample, folder, manifest.Files.Where(f => f.Kind == "school_profile").Select(f => f.Path).Append(enrollment));
        await harness.IngestAsync(folder);
        var before = await PseudonymsAsync(harness);
        var keyFile = harness.Options.PseudonymKeyFile;
        var first = PseudonymKey.Load(keyFile);

        var result = await PseudonymKeyRegistry.RotateAsync(harness.Warehouse, keyFile, TimeProvider.System, CancellationToken.None);

        var rotated = PseudonymKey.Load(keyFile);
        var after = await PseudonymsAsync(harness);
        Assert.Multiple(() =>
        {
            Assert.That((result.FromVersion, result.ToVersion, result.RowsRekeyed), Is.EqualTo((1, 2, (long)before.Count)));
            Assert.That((rotated.Version, rotated.FingerprintOf(1), rotated.Fingerprint), Is.EqualTo((2, first.Fingerprint, result.Fingerprint)));
            Assert.That(File.Exists(keyFile + ".next"), Is.False);
            Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
            Assert.That(after.Values.Select(p => p.Version), Has.All.EqualTo(2));
            Assert.That(after.Select(p => Convert.ToHexString(p.Value.Pseudonym)),
                Is.EqualTo(after.Select(p => Convert.ToHexString(rotated.Hash(2, before[p.Key].Pseudonym)))), "p ↦ HMAC(k2, p)");
        });

        // The same file sent again as a correction, pseudonymized under the rotated key: every student matches the stored row.
        var correction = Path.Combine(harness.Folder, "second");
        Directory.CreateDirectory(Path.Combine(correction, Path.GetDirectoryName(enrollment)!));
        File.WriteAllText(Path.Combine(correction, enrollment.Replace(".csv", "_v2.csv", StringComparison.Ordinal)), File.ReadAllText(Path.Combine(Sample, enrollment)) + "\n");
        var summary = await harness.IngestAsync(correction);
        Assert.That(summary.Loaded, Is.EqualTo(1));
        await using var db = harness.Db();
        var latest = await db.EtlSubmissions.Where(s => s.Status == SubmissionStatuses.Loaded && s.Kind == "enrollment").Select(s => s.SubmissionId).SingleAsync();
        var reloaded = await db.FactEnrollments.Where(f => f.SubmissionId == latest).Select(f => new { f.StudentPseudonym, f.PseudonymKeyVersion }).ToListAsync();
        Assert.That(reloaded.Select(r => Convert.ToHexString(r.StudentPseudonym)).Order(), Is.EqualTo(after.Values.Select(p => Convert.ToHexString(p.Pseudonym)).Order()));
        Assert.That(reloaded.Select(r => r.PseudonymKeyVersion), Has.All.EqualTo(2));
        Assert.That(await db.EtlPseudonymKeys.OrderBy(k => k.KeyVersion).Select(k => k.RecordedBy).ToListAsync(), Is.EqualTo(new[] { PseudonymKeyRegistry.FirstUse, PseudonymKeyRegistry.Rotation }));
        Assert.That(school, Is.Not.Empty);
    }

    [Test]
    public async Task A_rotation_is_refused_while_an_ingest_holds_a_claim_and_then_changes_nothing()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await harness.IngestAsync(Directory.CreateDirectory(Path.Combine(harness.Folder, "empty")).FullName);
        await using (var db = harness.Db())
        {
            var submission = new EtlSubmission
            {
                Kind = "enrollment",
                ContentHash = new string('0', 64),
                FileName = "x.csv",
                Status = SubmissionStatuses.Claimed,
                ReceivedAt = DateTime.UtcNow,
                StatusChangedAt = DateTime.UtcNow,
            };
            db.EtlSubmissions.Add(submission);
            await db.SaveChangesAsync();
            db.EtlSubmissionLocks.Add(new EtlSubmissionLock { LockKey = "enrollment|x|2024", SubmissionId = submission.SubmissionId, ClaimedBy = "elsewhere:1#1", ClaimedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddHours(1) });
            await db.SaveChangesAsync();
        }

        var before = File.ReadAllBytes(harness.Options.PseudonymKeyFile);
        Assert.ThrowsAsync<PseudonymKeyException>(() => PseudonymKeyRegistry.RotateAsync(harness.Warehouse, harness.Options.PseudonymKeyFile, TimeProvider.System, CancellationToken.None));
        Assert.That(File.ReadAllBytes(harness.Options.PseudonymKeyFile), Is.EqualTo(before));
        Assert.That(File.Exists(harness.Options.PseudonymKeyFile + ".next"), Is.False);
    }

    private static async Task<Dictionary<(long, int), (byte[] Pseudonym, int Version)>> PseudonymsAsync(LoadHarness harness)
    {
        await using var db = harness.Db();
        return (await db.FactEnrollments.Select(f => new { f.SubmissionId, f.SourceRowNumber, f.StudentPseudonym, f.PseudonymKeyVersion }).ToListAsync())
            .ToDictionary(f => (f.SubmissionId, f.SourceRowNumber), f => (f.StudentPseudonym, f.PseudonymKeyVersion));
    }

    private static void Copy(string from, string to, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, file))!);
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }
    }
}
