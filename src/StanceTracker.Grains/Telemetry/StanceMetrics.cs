using System.Diagnostics.Metrics;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Grains.Telemetry;

/// <summary>
/// The project's own instruments on the "StanceTracker" meter, recorded by the grains where the work happens
/// (so a cluster's figures are the sum over its silos' /metrics).
/// </summary>
public sealed class StanceMetrics
{
    // Extraction takes from well under a millisecond (a short wire item) to a good part of a second (a long page).
    private static readonly IReadOnlyList<double> ExtractionBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Counter<long> _articles;
    private readonly Counter<long> _statements;
    private readonly Counter<long> _shifts;
    private readonly Histogram<double> _extraction;

    public StanceMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(StanceTelemetry.Meter);
        _articles = meter.CreateCounter<long>("stance.articles.ingested", "{article}",
            "Articles submitted for ingestion, by outcome (stored, alreadyKnown, rejected)");
        _statements = meter.CreateCounter<long>("stance.statements.recorded", "{statement}",
            "Attributed statements appended to the statement log (repeats of a logged statement are not counted)");
        _shifts = meter.CreateCounter<long>("stance.shifts.detected", "{shift}",
            "Stance shifts detected and published on the live feed");
        _extraction = meter.CreateHistogram("stance.extraction.duration", "s",
            "Time to extract actors, statements and stances from one article, by language",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ExtractionBuckets });
    }

    public void ArticleIngested(IngestStatus outcome) =>
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeName(outcome)));

    public void StatementsRecorded(int count)
    {
        if (count > 0)
            _statements.Add(count);
    }

    public void ShiftDetected() => _shifts.Add(1);

    public void ExtractionTook(TimeSpan elapsed, string language) =>
        _extraction.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("language", language));

    private static string OutcomeName(IngestStatus outcome) => outcome switch
    {
        IngestStatus.Stored => "stored",
        IngestStatus.AlreadyKnown => "alreadyKnown",
        IngestStatus.Rejected => "rejected",
        _ => outcome.ToString(),
    };
}
