using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Output;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Console.Commands;

/// <summary>
/// `stance extract FILE... --format json`: runs the same pipeline the silo runs on ingest, locally, and prints one JSON
/// object per article per line on standard output; failures go to standard error and make the exit code 1.
/// </summary>
public sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files (.txt, .json, .jsonl) or directories")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("json (JSON Lines); the only format for now")]
        public string Format { get; init; } = "json";

        [CommandOption("--date <DATE>")]
        [Description("Publication date for articles that carry none")]
        public string? Date { get; init; }

        public override ValidationResult Validate()
        {
            if (!string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error($"--format: '{Format}' is not supported (json)");
            return DateOption.Check(Date, "--date");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var extractor = StanceExtractor.Load();
        var defaultDate = DateOption.Parse(settings.Date);
        var failed = false;
        using var stdout = System.Console.OpenStandardOutput();
        foreach (var result in settings.Paths.SelectMany(p => ArticleReader.Read(p, defaultDate)))
        {
            if (result.Failure is { } failure)
            {
                System.Console.Error.WriteLine($"failed: {failure}");
                failed = true;
                continue;
            }
            ExtractionJsonWriter.WriteLine(stdout, extractor.Extract(result.Article!));
            stdout.Flush();
        }
        return failed ? 1 : 0;
    }
}
