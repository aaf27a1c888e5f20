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
/// `stance eval arabic-gold [FILE]`: scores against the hand-annotated Arabic gold set (by default the repository's
/// tests/StanceTracker.Extraction.Tests/Gold/arabic-gold.jsonl, with texts from ../shared): the same statement scores,
/// speaker accuracy by canonical id, stance-triple (speaker, target, polarity) F1, reported-relation P/R/F1 and shift-cue P/R.
/// </summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SET>")]
        [Description("The annotated set's format: polnear or arabic-gold")]
        public string Set { get; init; } = "";

        [CommandArgument(1, "[DIR]")]
        [Description("polnear: the split folder (with text/ and attributions/); arabic-gold: the gold file (default: the repository's)")]
        public string Directory { get; init; } = "";

        internal bool IsArabicGold => string.Equals(Set, "arabic-gold", StringComparison.OrdinalIgnoreCase);

        [CommandOption("--errors")]
        [Description("List, per article, missed and spurious statements and wrong speakers (polnear: also wrong sources and cues; arabic-gold: also the stance triples found on one side only)")]
        public bool Errors { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Only the first N documents")]
        public int? Limit { get; init; }

        public override ValidationResult Validate()
        {
            if (IsArabicGold)
                return Directory.Length == 0 || File.Exists(Directory) ? ValidationResult.Success() : ValidationResult.Error($"{Directory}: no such file");
            if (!string.Equals(Set, "polnear", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error($"'{Set}' is not a known annotated set (polnear, arabic-gold)");
            if (Directory.Length == 0)
                return ValidationResult.Error("polnear: give the split folder (e.g. ../shared/corpus/en/polnear/data/train)");
            if (!System.IO.Directory.Exists(Directory))
                return ValidationResult.Error($"{Directory}: no such directory");
            return Limit is < 1 ? ValidationResult.Error("--limit: must be 1 or more") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.IsArabicGold)
            return ExecuteArabicGold(settings);
        AttributionScore score;
        try
        {
            score = BratAttributionSplit.Evaluate(StanceExtractor.Load(), settings.Directory, settings.Limit,
                settings.Errors ? WriteDiff : null);
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

    private static int ExecuteArabicGold(Settings settings)
    {
        var file = settings.Directory.Length > 0 ? settings.Directory
            : ArabicGoldSet.FindGoldFile(System.IO.Directory.GetCurrentDirectory()) ?? ArabicGoldSet.FindGoldFile(AppContext.BaseDirectory);
        if (file is null)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ArabicGoldSet.RepositoryPath)} not found; give the gold file");
            return 1;
        }
        var shared = ArabicGoldSet.FindShared(Path.GetDirectoryName(Path.GetFullPath(file))!);
        if (shared is null)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] no shared/ folder (with seeds/ and corpus/) beside {Markup.Escape(file)} or its parents");
            return 1;
        }
        ArabicGoldScore score;
        try
        {
            var extractor = StanceExtractor.Load();
            var gold = ArabicGoldSet.Load(file);
            score = ArabicGoldSet.Evaluate(extractor, gold, shared).Total;
            if (settings.Errors)
                foreach (var (diff, article) in ArabicGoldSet.Diff(extractor, gold, shared))
                    WriteDiff(diff, article.Text);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }
        var table = new Table().Title($"Arabic gold {Markup.Escape(file)}").AddColumns("Measure", "Value");
        table.AddRow("articles", Number(score.Statements.Documents));
        table.AddRow("gold statements", Number(score.Statements.Gold));
        table.AddRow("extracted statements", Number(score.Statements.Predicted));
        table.AddRow("matched (content overlaps)", Number(score.Statements.Matched));
        table.AddRow("precision", Ratio(score.Statements.Precision));
        table.AddRow("recall", Ratio(score.Statements.Recall));
        table.AddRow("statement F1", Ratio(score.Statements.F1));
        table.AddRow("speaker accuracy (matched)", Ratio(score.SpeakerAccuracy));
        table.AddRow("cue accuracy (matched)", Ratio(score.Statements.CueAccuracy));
        table.AddRow("kind accuracy (matched)", Ratio(score.KindAccuracy));
        table.AddRow("via (reporting chain) accuracy (matched)", Ratio(score.ViaAccuracy));
        table.AddRow("stance triples gold / extracted / matched", $"{Number(score.GoldTriples)} / {Number(score.PredictedTriples)} / {Number(score.MatchedTriples)}");
        table.AddRow("stance-triple precision", Ratio(score.TriplePrecision));
        table.AddRow("stance-triple recall", Ratio(score.TripleRecall));
        table.AddRow("stance-triple F1", Ratio(score.TripleF1));
        table.AddRow("relations gold / extracted / matched", $"{Number(score.Relations.Gold)} / {Number(score.Relations.Predicted)} / {Number(score.Relations.Matched)}");
        table.AddRow("relation precision / recall / F1", $"{Ratio(score.RelationPrecision)} / {Ratio(score.RelationRecall)} / {Ratio(score.RelationF1)}");
        table.AddRow("shift cues gold / extracted / matched", $"{Number(score.ShiftCues.Gold)} / {Number(score.ShiftCues.Predicted)} / {Number(score.ShiftCues.Matched)}");
        table.AddRow("shift-cue precision / recall", $"{Ratio(score.ShiftCuePrecision)} / {Ratio(score.ShiftCueRecall)}");
        AnsiConsole.Write(table);
        return 0;
    }

    // Plain lines (no markup): the evidence is Arabic text a reader greps and compares with the gold file's offsets.
    private static void WriteDiff(ArabicGoldDiff diff, string text)
    {
        var output = System.Console.Out;
        output.WriteLine($"== {diff.Article}");
        foreach (var g in diff.Missed)
            output.WriteLine($"  missed   {g.Speaker} cue [{g.Cue.Start},{g.Cue.End}) {g.Cue.Of(text)} | {Clip(g.Content.Of(text))}");
        foreach (var p in diff.Spurious)
            output.WriteLine($"  spurious {p.Speaker.Id} cue [{p.Cue.Start},{p.Cue.End}) {p.Cue.Of(text)} | {Clip(p.Content.Of(text))}");
        foreach (var (p, g) in diff.WrongVia)
            output.WriteLine($"  via      [{string.Join(", ", p.Via.Select(v => v.Id))}] (gold [{string.Join(", ", g.Via)}]) {p.Speaker.Id} cue {p.Cue.Of(text)} | {Clip(p.Content.Of(text))}");
        foreach (var (p, g) in diff.WrongSpeaker)
            output.WriteLine($"  speaker  {p.Speaker.Id} (gold {g.Speaker}) cue {p.Cue.Of(text)} | {Clip(p.Content.Of(text))}");
        foreach (var (p, g) in diff.OtherStances)
            output.WriteLine($"  stances  {p.Speaker.Id} [{string.Join(", ", p.Stances.Select(s => $"{s.Target.Id} {s.Polarity}"))}] gold [{string.Join(", ", g.Stances.Select(s => $"{s.Target} {s.Polarity}"))}] | {Clip(p.Content.Of(text), 240)}");
        foreach (var r in diff.MissedRelations)
            output.WriteLine($"  -relation {r.Holder} -> {r.Target} {r.Polarity} | {r.Evidence.Of(text)}");
        foreach (var r in diff.SpuriousRelations)
            output.WriteLine($"  +relation {r.Holder.Id} -> {r.Target.Id} {r.Polarity} | {r.Evidence.Of(text)}");
        foreach (var c in diff.MissedShiftCues)
            output.WriteLine($"  -shift   {c.Actor} | {c.Evidence.Of(text)}");
        foreach (var c in diff.SpuriousShiftCues)
            output.WriteLine($"  +shift   {c.Actor.Id} | {c.Evidence.Of(text)}");
        foreach (var t in diff.MissedTriples)
            output.WriteLine($"  -triple  {t.Speaker} -> {t.Target} {t.Polarity}");
        foreach (var t in diff.SpuriousTriples)
            output.WriteLine($"  +triple  {t.Speaker} -> {t.Target} {t.Polarity}");
    }

    // One line per disagreement, tab-free and greppable: the gold cue and source first, since they say what was missed.
    private static void WriteDiff(AttributionDiff diff, string text)
    {
        var output = System.Console.Out;
        output.WriteLine($"== {diff.Document}");
        foreach (var g in diff.Missed)
            output.WriteLine($"  missed   cue {Spans(g.Cue, text)} source {Spans(g.Source, text)} | {Clip(Spans(g.Content, text))}");
        foreach (var p in diff.Spurious)
            output.WriteLine($"  spurious cue {p.Cue.Of(text)} source {(p.Source is { } s ? s.Of(text) : "-")} ({p.Speaker.Id}) | {Clip(p.Content.Of(text))}");
        foreach (var (p, g) in diff.WrongSource)
            output.WriteLine($"  source   {(p.Source is { } s ? s.Of(text) : "-")} ({p.Speaker.Id}) gold {Spans(g.Source, text)} cue {p.Cue.Of(text)} | {Clip(p.Content.Of(text))}");
        foreach (var (p, g) in diff.WrongCue)
            output.WriteLine($"  cue      {p.Cue.Of(text)} gold {Spans(g.Cue, text)} | {Clip(p.Content.Of(text))}");
    }

    private static string Spans(IReadOnlyList<StanceTracker.Extraction.Model.Span> spans, string text)
        => spans.Count == 0 ? "-" : string.Join(" … ", spans.Select(s => s.Of(text).ReplaceLineEndings(" ")));

    private static string Clip(string value, int length = 90)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= length ? flat : flat[..length] + "…";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
