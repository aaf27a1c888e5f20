using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Api.Queries;

namespace StanceTracker.Console.Commands;

/// <summary>Settings of the commands that ask about one actor: its id, and optionally a target and a date window.</summary>
public class ActorCommandSettings : WindowCommandSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("Canonical actor id (see `stance actors`)")]
    public string Actor { get; init; } = "";

    /// <summary>False, after telling the user, when the cluster has never heard of the actor.</summary>
    public static async Task<bool> IsKnownAsync(IGrainFactory grains, string actor)
    {
        if (await StanceQueries.IsKnownAsync(grains, actor))
            return true;
        ReportUnknown(actor);
        return false;
    }

    public static void ReportUnknown(string actor) =>
        AnsiConsole.MarkupLine($"[red]error:[/] unknown actor '{Markup.Escape(actor)}' (try `stance actors --search`)");
}
