using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StanceTracker.Console.Commands;

/// <summary>Settings of the commands that look at stance toward an optional target within an optional date window.</summary>
public class WindowCommandSettings : ClusterCommandSettings
{
    [CommandOption("--target <ID>")]
    [Description("Only the stance toward this target")]
    public string? Target { get; init; }

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
