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
/// that repeats a quarantined file for the same reason, is not registered and leaves the inbox; a link, FIFO, device or
/// oversize file is registered as refused and left hidden beside. The files go to the receiver as one batch, which
/// claims each by a rename, so a scan running on another worker at the same time never registers the same file.
/// Then the loads: the school_profile and regional_industry files first; the files of one kind and submitter one after
/// another, as continuations, in order of receipt; and the fact files (enrollment, graduate_destination) of a school
/// whose profile came in the same scan as continuations of that profile's load. A fact file whose school's profile is
/// still pending from an earlier scan waits for it when it runs (<see cref="SchoolProfileGate"/>).
/// </summary>
internal sealed class InboxScanner(SubmissionReceiver receiver, IBackgroundJobClient jobs, SchedulerOptions options, TimeProvider time, ILogger<InboxScanner> logger)
{
    private static readonly string[] _dimensionKinds = [SubmissionKinds.SchoolProfile, SubmissionKinds.RegionalIndustry];

    /// <summary>A claim older than this was left by a process that died receiving its file: the next scan gives it back.</summary>
    internal static readonly TimeSpan StaleClaim = TimeSpan.FromHours(1);

    public async Task<InboxScan> ScanAsync(CancellationToken ct)
    {
        var inbox = Directory.CreateDirectory(options.Inbox).FullName;
        var now = time.GetUtcNow();
        var settledBefore = now.UtcDateTime - TimeSpan.FromSeconds(options.SettleSeconds);
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var all = Directory.EnumerateFiles(inbox, "*", enumeration).ToList();
        if (ReleaseStaleClaims(all, now - StaleClaim))
        {
            all = Directory.EnumerateFiles(inbox, "*", enumeration).ToList(); // the given-back files are received now
        }
        var candidates = all
            .Select(path => (Path: path, Relative: Path.GetRelativePath(inbox, path).Replace('\\', '/')))
            .Where(f => !IsIgnored(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var settled = new List<string>(candidates.Count);
        var settling = 0;
        foreach (var (path, _) in candidates)
        {
            if (File.GetLastWriteTimeUtc(path) > settledBefore)
            {
                settling++;
                continue;
            }

            settled.Add(path);
        }

        // One batch in ordinal order of the paths: that is the order of receipt, which fixes ids and versions.
        var receipts = await receiver.ReceiveAllAsync(settled, null, move: true, ct).ConfigureAwait(false);
        var registered = receipts.Where(r => r.Outcome == ReceiptOutcome.Registered).ToList();
        var alreadyLoaded = receipts.Count(r => r.Outcome == ReceiptOutcome.AlreadyLoaded);
        var duplicates = receipts.Count(r => r.Outcome == ReceiptOutcome.Duplicate);
        foreach (var refused in receipts.Where(r => r.Outcome == ReceiptOutcome.Refused))
        {
            SchedulerLog.Refused(logger, refused.SubmissionId, refused.Reason ?? string.Empty);
        }

        var loads = EnqueueLoads(registered);
        var scan = new InboxScan(registered.Count, alreadyLoaded, duplicates, settling, loads) { Refused = receipts.Count - registered.Count - alreadyLoaded - duplicates };
        SchedulerLog.Scanned(logger, scan.Registered, alreadyLoaded, duplicates, settling, loads.Count);
        return scan;
    }

    /// <summary>Gives back, under their own names, files whose receipt was claimed before <paramref name="before"/> and never finished; whether any was.</summary>
    private static bool ReleaseStaleClaims(List<string> files, DateTimeOffset before)
    {
        var released = false;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            if (SubmissionReceiver.ClaimedAt(name) is { } claimed && claimed < before && SubmissionReceiver.UnclaimedName(name) is { } original)
            {
                try
                {
                    File.Move(path, Path.Combine(Path.GetDirectoryName(path)!, original), overwrite: false);
                    released = true;
                }
                catch (IOException)
                {
                    // another scan gave it back first, or a file of that name came in meanwhile: left for the next scan
                }
            }
        }

        return released;
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
