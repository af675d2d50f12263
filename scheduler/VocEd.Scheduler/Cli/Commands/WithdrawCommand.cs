using System.CommandLine;
using System.Globalization;
using VocEd.Etl.Withdraw;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced withdraw --submission ID`: remove a loaded submission's facts; its history stays.</summary>
internal static class WithdrawCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var submission = new Option<long?>("--submission") { Description = "The etl_submission id to withdraw (see the ingest summary).", HelpName = "ID", Required = true };
        var command = new Command("withdraw", "Withdraw a loaded submission: its facts disappear, its history stays (status withdrawn). A school_profile's withdrawal rebuilds the school's versions.")
        {
            submission,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var id = ctx.Parse.GetValue(submission) ?? throw new UserErrorException("--submission is required");
            await using var services = ctx.Services(await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false));
            WithdrawalResult result;
            try
            {
                result = await services.GetRequiredService<SubmissionWithdrawer>().WithdrawAsync(id, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or WithdrawalRefusedException)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"withdrew submission {result.SubmissionId} ({result.Kind}, {TerminalText.Escape(result.FileName)}): {result.FactRowsRemoved:N0} fact rows removed{(result.SchoolsRebuilt.Count > 0 ? $", versions of {result.SchoolsRebuilt.Count} school(s) rebuilt" : string.Empty)}")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
