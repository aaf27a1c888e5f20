using System.ComponentModel;
using Spectre.Console.Cli;

namespace StanceTracker.Console.Commands;

/// <summary>Settings of the commands that look at stance toward an optional target within an optional date window.</summary>
public class WindowCommandSettings : DateWindowSettings
{
    [CommandOption("--target <ID>")]
    [Description("Only the stance toward this target")]
    public string? Target { get; init; }
}
