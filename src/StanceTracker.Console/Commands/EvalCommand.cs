using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Extraction.Evaluation;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Console.Commands;

/// <summary>
/// `stance eval polnear DIR`: scores attribution against PolNeAR's annotations (a split folder such as
/// ../shared/corpus/en/polnear/data/train): statement precision, recall and F1 by content overlap, and source
/// and cue accuracy on the matched statements.
/// </summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SET>")]
        [Description("The annotated set's format: polnear")]
        public string Set { get; init; } = "";

        [CommandArgument(1, "<DIR>")]
        [Description("The split folder (with text/ and attributions/)")]
        public string Directory { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("Only the first N documents")]
        public int? Limit { get; init; }

        public override ValidationResult Validate()
        {
            if (!string.Equals(Set, "polnear", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error($"'{Set}' is not a known annotated set (polnear)");
            if (!System.IO.Directory.Exists(Directory))
                return ValidationResult.Error($"{Directory}: no such directory");
            return Limit is < 1 ? ValidationResult.Error("--limit: must be 1 or more") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AttributionScore score;
        try
        {
            score = PolnearSplit.Evaluate(StanceExtractor.Load(), settings.Directory, settings.Limit);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }
        var table = new Table().Title($"Attribution on {Markup.Escape(settings.Directory)}").AddColumns("Measure", "Value");
        table.AddRow("documents", Number(score.Documents));
        table.AddRow("gold attributions", Number(score.Gold));
        table.AddRow("extracted statements", Number(score.Predicted));
        table.AddRow("matched (content overlaps)", Number(score.Matched));
        table.AddRow("precision", Ratio(score.Precision));
        table.AddRow("recall", Ratio(score.Recall));
        table.AddRow("content F1", Ratio(score.F1));
        table.AddRow("source accuracy (matched)", Ratio(score.SourceAccuracy));
        table.AddRow("cue accuracy (matched)", Ratio(score.CueAccuracy));
        AnsiConsole.Write(table);
        return 0;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
