using StanceTracker.Bench;

// Benchmarks of the running system; figures are written down in README.md.
//   record-growth [N]  recording cost as one actor's history grows (default 10000)
//   ingest [FILE]      whole ingest path (extraction + grains + SQLite) over an articles.jsonl corpus
//   extract [FILE]     extraction alone on one thread, stage by stage
var which = args.FirstOrDefault() ?? "record-growth";
switch (which)
{
    case "record-growth":
        await RecordGrowthBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
        break;
    case "ingest":
        await IngestBenchmark.RunAsync(args.Length > 1 ? args[1] : "../shared/corpus/ar/saudinewsnet-libya-2015/articles.jsonl");
        break;
    case "extract":
        ExtractionBenchmark.Run(args.Length > 1 ? args[1] : "../shared/corpus/ar/saudinewsnet-libya-2015/articles.jsonl");
        break;
    default:
        Console.Error.WriteLine($"unknown benchmark '{which}' (record-growth, ingest, extract)");
        return 2;
}
return 0;
