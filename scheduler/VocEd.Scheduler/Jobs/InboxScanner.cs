using Hangfire;
using Hangfire.States;
using VocEd.Etl.Claims;
using VocEd.Scheduler.Scheduling;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// The inbox scan. Every file of the inbox folder (sub-folders included) is received in ordinal order of its path —
/// registered as a submission in status received, its version in its replacement key fixed now, the file moved to the
/// store — except hidden files and folders, <c>*.tmp</c>, <c>*.part</c>, <c>manifest.json</c> and files modified in the
/// last <see cref="SchedulerOptions.SettleSeconds"/> (still being copied). A file whose content was loaded before, or
/// that repeats a quarantined file for the same reason, is not registered and leaves the inbox.
/// Then the loads: the school_profile and regional_industry files first; the files of one kind and submitter one after
/// another, as continuations, in order of receipt; and the fact files (enrollment, graduate_destination) of a school
/// whose profile came in the same scan as continuations of that profile's load. A fact file whose school's profile is
/// still pending from an earlier scan waits for it when it runs (<see cref="SchoolProfileGate"/>).
/// </summary>
internal sealed class InboxScanner(SubmissionReceiver receiver, IBackgroundJobClient jobs, SchedulerOptions options, TimeProvider time, ILogger<InboxScanner> logger)
{
    private static readonly string[] _dimensionKinds = [SubmissionKinds.SchoolProfile, SubmissionKinds.RegionalIndustry];

    public async Task<InboxScan> ScanAsync(CancellationToken ct)
    {
        var inbox = Directory.CreateDirectory(options.Inbox).FullName;
        var settledBefore = time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(options.SettleSeconds);
        var candidates = Directory.EnumerateFiles(inbox, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            .Select(path => (Path: path, Relative: Path.GetRelativePath(inbox, path).Replace('\\', '/')))
            .Where(f => !IsIgnored(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var receipts = new List<Receipt>();
        int settling = 0, alreadyLoaded = 0, duplicates = 0;
        foreach (var (path, relative) in candidates)
        {
            ct.ThrowIfCancellationRequested();
            if (File.GetLastWriteTimeUtc(path) > settledBefore)
            {
                settling++;
                continue;
            }

            Receipt receipt;
            try
            {
                receipt = await receiver.ReceiveAsync(path, null, move: true, ct).ConfigureAwait(false);
            }
            catch (FileNotFoundException)
            {
                continue; // taken away meanwhile
            }
            catch (UnauthorizedAccessException ex)
            {
                SchedulerLog.ReceiveFailed(logger, relative, ex.GetType().Name);
                continue;
            }

            switch (receipt.Outcome)
            {
                case ReceiptOutcome.Registered:
                    receipts.Add(receipt);
                    break;
                case ReceiptOutcome.AlreadyLoaded:
                    alreadyLoaded++;
                    File.Delete(path);
                    break;
                default:
                    duplicates++;
                    File.Delete(path);
                    break;
            }
        }

        var loads = EnqueueLoads(receipts);
        var scan = new InboxScan(receipts.Count, alreadyLoaded, duplicates, settling, loads);
        SchedulerLog.Scanned(logger, scan.Registered, alreadyLoaded, duplicates, settling, loads.Count);
        return scan;
    }

    /// <summary>Hidden files and folders, files being written (<c>*.tmp</c>, <c>*.part</c>) and the generator's manifest are not submissions.</summary>
    internal static bool IsIgnored(string relative)
    {
        var segments = relative.Split('/');
        var name = segments[^1];
        return segments.Any(s => s.StartsWith('.'))
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "manifest.json", StringComparison.OrdinalIgnoreCase);
    }

    private List<string> EnqueueLoads(List<Receipt> receipts)
    {
        var loads = new List<string>();
        var lastOfGroup = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastProfileOfSchool = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = receipts.OrderBy(r => _dimensionKinds.Contains(r.Kind) ? 0 : 1).ThenBy(r => r.SubmissionId);
        foreach (var receipt in ordered)
        {
            var group = receipt.SubmitterCode is { } submitter ? receipt.Kind + "|" + submitter : "submission|" + receipt.SubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? parent = lastOfGroup.TryGetValue(group, out var previous) ? previous : null;
            if (parent is null && !_dimensionKinds.Contains(receipt.Kind) && receipt.SubmitterCode is { } school && lastProfileOfSchool.TryGetValue(school, out var profile))
            {
                parent = profile;
            }

            var id = receipt.SubmissionId;
            var job = parent is null
                ? jobs.Enqueue<LoadSubmissionJob>(j => j.RunAsync(id, CancellationToken.None))
                : jobs.ContinueJobWith<LoadSubmissionJob>(parent, j => j.RunAsync(id, CancellationToken.None), new EnqueuedState(JobQueues.Ingest), JobContinuationOptions.OnAnyFinishedState);
            lastOfGroup[group] = job;
            if (string.Equals(receipt.Kind, SubmissionKinds.SchoolProfile, StringComparison.Ordinal) && receipt.SubmitterCode is { } profiled)
            {
                lastProfileOfSchool[profiled] = job;
            }

            loads.Add(job);
        }

        return loads;
    }
}
