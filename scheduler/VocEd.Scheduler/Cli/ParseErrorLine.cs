using System.CommandLine;
using System.CommandLine.Parsing;

namespace VocEd.Scheduler.Cli;

/// <summary>
/// A command line that does not parse, as one line that names what to fix: an unknown command or option, a value of
/// the wrong type (<c>--year abc</c> is "not a whole number", not a .NET type name), a missing subcommand or required option.
/// </summary>
internal static class ParseErrorLine
{
    public static string Format(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult);
        var help = $"see {path} --help";
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (token.StartsWith('-'))
            {
                var options = command.Options.Concat(GlobalOptionsOf(parse)).Where(o => !o.Hidden).Select(o => o.Name).Distinct(StringComparer.Ordinal);
                return $"unknown option '{token}' for {path}: it takes {string.Join(", ", options)}; {help}";
            }

            return command.Subcommands.Count > 0
                ? $"unknown command '{token}' for {path}: use {Names(command)}; {help}"
                : $"unexpected argument '{token}' for {path}: {help}";
        }

        var error = parse.Errors[0];
        for (var result = error.SymbolResult; result is not null; result = result.Parent)
        {
            if (result is OptionResult option)
            {
                var value = string.Join(" ", option.Tokens.Select(t => t.Value));
                var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
                if (type == typeof(int) || type == typeof(long))
                {
                    return value.Length == 0
                        ? $"{option.Option.Name} needs a whole number: {help}"
                        : $"{option.Option.Name} '{value}' is not a whole number: {help}";
                }

                break;
            }

            if (result is CommandResult { Command: { Subcommands.Count: > 0, Action: null } parent } && ReferenceEquals(parent, command))
            {
                return $"{path} needs a command: {Names(command)}; {help}";
            }
        }

        var message = error.Message.Trim().TrimEnd('.');
        return message.Length > 0 ? $"{char.ToLowerInvariant(message[0])}{message[1..]}: {help}" : help;
    }

    private static string Names(Command command) => string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));

    private static IEnumerable<Option> GlobalOptionsOf(ParseResult parse) => parse.RootCommandResult.Command.Options.Where(o => o.Recursive);

    /// <summary>"voced cube query": the command's words as a user types them.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c && c.Parent is not null)
            {
                names.Insert(0, c.Command.Name);
            }
        }

        return string.Join(" ", names.Prepend("./voced"));
    }
}
