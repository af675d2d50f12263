using VocEd.Scheduler.Cli;

return await VocedCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
