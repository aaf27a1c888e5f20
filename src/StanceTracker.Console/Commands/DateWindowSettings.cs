using Spectre.Console;
using Spectre.Console.Cli;

namespace StanceTracker.Console.Commands;

/// <summary>Settings of the commands that look at an optional date window.</summary>
public class DateWindowSettings : ClusterCommandSettings
{
    [CommandOption("--from <DATE>")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    public string? To { get; init; }

    public override ValidationResult Validate()
    {
        var from = DateOption.Check(From, "--from");
        return from.Successful ? DateOption.Check(To, "--to") : from;
    }
}
