using System.Globalization;

namespace StanceTracker.Bench;

/// <summary>
/// The command line: which part of the suite to run and how big. Every option has a default that reproduces the
/// figures in docs/BENCHMARKS.md; --quick shrinks every part so the whole suite runs in under two minutes.
/// </summary>
public sealed record BenchOptions
{
    public string Command { get; init; } = "all";
    public bool Quick { get; init; }
    public string ArabicCorpus { get; init; } = "../shared/corpus/ar/saudinewsnet-libya-2015/articles.jsonl";
    public string EnglishCorpus { get; init; } = "../shared/corpus/en/allsides-mideast-2019-2020/articles.jsonl";
    /// <summary>Where the full run writes its report (null: not written).</summary>
    public string? Output { get; init; }
    /// <summary>
    /// Which storage and clustering the two-silo ingest runs on (see <see cref="ClusterProfile"/>), as given with
    /// --cluster-profile; null: <see cref="ClusterProfiles"/> chooses.
    /// </summary>
    public IReadOnlyList<string>? GivenClusterProfiles { get; init; }

    /// <summary>
    /// The cluster profiles the ingest part runs: those given, else the shared SQLite file, and the deployed profile
    /// (Redis membership, PostgreSQL storage) too when both servers are given.
    /// </summary>
    public IReadOnlyList<string> ClusterProfiles => GivenClusterProfiles
        ?? (Redis is not null && Postgres is not null ? [Bench.ClusterProfile.SharedSqlite, Bench.ClusterProfile.RedisPostgres] : [Bench.ClusterProfile.SharedSqlite]);
    /// <summary>Articles in flight from the client during ingest.</summary>
    public int Parallelism { get; init; } = 512; // as `stance ingest` sends by default (IngestCommand.DefaultParallelism)
    /// <summary>Statement counts for the query benchmark (each over <see cref="Actors"/> actors).</summary>
    public IReadOnlyList<int> Scales { get; init; } = [10_000, 100_000, 1_000_000];
    public int Actors { get; init; } = 10_000;
    /// <summary>History length of the recording-cost benchmark.</summary>
    public int GrowthTo { get; init; } = 100_000;
    /// <summary>
    /// Copies of the real corpora, re-dated, that make the synthetic ingest load: 12 make 4,823 articles, about ten
    /// seconds of timed pass, so the 512 in flight filling and draining the pipeline is a small part of it.
    /// </summary>
    public int IngestCopies { get; init; } = 12;
    /// <summary>Which ingest targets run: full (embedded, power-loss durability: the WAL synced before acknowledging), normal (synchronous=NORMAL), cluster (two silos).</summary>
    public IReadOnlyList<string> IngestTargets { get; init; } = IngestTargetNames;

    public static readonly string[] IngestTargetNames = ["full", "normal", "cluster"];
    public int ExtractionPasses { get; init; } = 5;
    public int QueriesPerKind { get; init; } = 400;
    /// <summary>
    /// A PostgreSQL server (Npgsql connection string) for the second query baseline and, with <see cref="Redis"/>, the
    /// deployed cluster profile's storage; null: SQLite baseline only.
    /// </summary>
    public string? Postgres { get; init; }
    /// <summary>A Redis server (StackExchange.Redis syntax) for the deployed cluster profile's membership.</summary>
    public string? Redis { get; init; }

    public static readonly string[] Commands = ["all", "extract", "ingest", "log-append", "queries", "record-growth", "payloads"];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var rest = new Queue<string>(args);
        if (rest.Count > 0 && !rest.Peek().StartsWith("--", StringComparison.Ordinal))
            options = options with { Command = rest.Dequeue() };
        if (!Commands.Contains(options.Command))
            throw new ArgumentException($"unknown benchmark '{options.Command}' (one of: {string.Join(", ", Commands)})");
        var quick = false;
        var positional = new List<string>();
        while (rest.Count > 0)
        {
            var arg = rest.Dequeue();
            string Value() => rest.Count > 0 ? rest.Dequeue() : throw new ArgumentException($"option {arg} needs a value");
            int Number()
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : throw new ArgumentException($"option {arg}: '{text}' is not a positive whole number");
            }
            switch (arg)
            {
                case "--quick": quick = true; break;
                case "--out": options = options with { Output = Value() }; break;
                case "--cluster-profile":
                    var profiles = Value();
                    options = options with
                    {
                        GivenClusterProfiles = [.. profiles.Split(',').Select(p => Bench.ClusterProfile.Names.Contains(p)
                            ? p
                            : throw new ArgumentException($"option --cluster-profile: '{p}' is not one of {string.Join(", ", Bench.ClusterProfile.Names)}"))],
                    };
                    break;
                case "--parallel": options = options with { Parallelism = Number() }; break;
                case "--actors": options = options with { Actors = Number() }; break;
                case "--growth": options = options with { GrowthTo = Number() }; break;
                case "--copies": options = options with { IngestCopies = Number() }; break;
                case "--scales":
                    var scales = Value();
                    options = options with
                    {
                        Scales = [.. scales.Split(',').Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                            ? n
                            : throw new ArgumentException($"option --scales: '{s}' is not a positive whole number"))],
                    };
                    break;
                case "--ingest-targets":
                    var targets = Value();
                    options = options with
                    {
                        IngestTargets = [.. targets.Split(',').Select(t => IngestTargetNames.Contains(t)
                            ? t
                            : throw new ArgumentException($"option --ingest-targets: '{t}' is not one of {string.Join(", ", IngestTargetNames)}"))],
                    };
                    break;
                case "--arabic": options = options with { ArabicCorpus = Value() }; break;
                case "--english": options = options with { EnglishCorpus = Value() }; break;
                case "--postgres": options = options with { Postgres = Value() }; break;
                case "--redis": options = options with { Redis = Value() }; break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                        throw new ArgumentException($"unknown option {arg}");
                    positional.Add(arg);
                    break;
            }
        }
        // The old single-benchmark forms: `extract FILE`, `record-growth N`.
        if (positional.Count > 0)
        {
            options = options.Command switch
            {
                "extract" or "ingest" or "log-append" or "payloads" => options with { ArabicCorpus = positional[0], EnglishCorpus = positional.ElementAtOrDefault(1) ?? "" },
                "record-growth" => options with { GrowthTo = int.Parse(positional[0], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unexpected argument '{positional[0]}'"),
            };
        }
        if (quick)
            options = options with
            {
                Quick = true,
                Scales = [10_000],
                // Fewer actors than the full run's 10^4: activating each one costs a log read and a snapshot write,
                // which at 10^4 alone would take most of the two minutes on a small machine.
                Actors = Math.Min(options.Actors, 2_000),
                GrowthTo = Math.Min(options.GrowthTo, 2_000),
                IngestCopies = 0,
                ExtractionPasses = 2,
                QueriesPerKind = 100,
            };
        if (options.GivenClusterProfiles?.Contains(Bench.ClusterProfile.RedisPostgres) == true && (options.Redis is null || options.Postgres is null))
            throw new ArgumentException($"cluster profile '{Bench.ClusterProfile.RedisPostgres}' needs --redis CONN and --postgres CONN");
        if (options.Command == "all" && !quick && options.Output is null)
            options = options with { Output = "docs/BENCHMARKS.md" };
        foreach (var corpus in new[] { options.ArabicCorpus, options.EnglishCorpus }.Where(c => c.Length > 0))
            if (!File.Exists(corpus) && !Directory.Exists(corpus))
                throw new ArgumentException($"corpus '{corpus}' not found (run from the repository root, beside ../shared)");
        return options;
    }

    public IEnumerable<(string Label, string Path)> Corpora()
    {
        if (ArabicCorpus.Length > 0) yield return ("Arabic", ArabicCorpus);
        if (EnglishCorpus.Length > 0) yield return ("English", EnglishCorpus);
    }
}
