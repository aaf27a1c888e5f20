using System.Globalization;
using StanceTracker.Cluster.Tests.Processes;

namespace StanceTracker.Cluster.Tests.Checks;

/// <summary>
/// What a fault cost, measured from the moment it was injected: how many articles had to be retried, when the first and
/// the last of them landed, and what the query probe saw meanwhile (latency, unanswered queries, longest silence).
/// </summary>
public sealed record RecoveryFigures(
    int Articles,
    int Retried,
    TimeSpan FirstRetriedLanded,
    TimeSpan AllRetriedLanded,
    int Queries,
    int Unanswered,
    TimeSpan MedianLatency,
    TimeSpan MaxLatency,
    TimeSpan LongestWithoutAnswer,
    TimeSpan QueriesNormalAfter)
{
    /// <summary>A query slower than this counts as "not normal yet" for <see cref="QueriesNormalAfter"/>.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    public static RecoveryFigures Measure(DateTime faultAt, IReadOnlyList<(DateTime SeenAt, IngestLine Line)> lines,
        IReadOnlyList<QueryProbe.Sample> samples)
    {
        var retried = lines.Where(l => l.Line.Attempts > 1 && l.Line.ReportedStored).Select(l => l.SeenAt - faultAt).ToList();
        var end = retried.Count > 0 ? faultAt + retried.Max() : lines.Max(l => l.SeenAt);
        // The recovery window: queries still waiting at the fault or sent after it, until the last retried article landed.
        bool AfterFault(QueryProbe.Sample s) => s.SentAt + s.Latency >= faultAt;
        var window = samples.Where(s => AfterFault(s) && s.SentAt <= end).ToList();
        if (window.Count == 0)
            window = [.. samples.Where(AfterFault).Take(1)];
        var latencies = window.Select(s => s.Latency).Order().ToList();

        var answers = samples.Where(s => s.Answered).Select(s => s.SentAt + s.Latency).Where(t => t >= faultAt).Order().ToList();
        var longest = TimeSpan.Zero;
        var previous = faultAt;
        foreach (var answer in answers.Where(t => t <= end + TimeSpan.FromSeconds(30)))
        {
            longest = answer - previous > longest ? answer - previous : longest;
            previous = answer;
        }
        var lastBad = samples.Where(s => AfterFault(s) && (!s.Answered || s.Latency > Slow))
            .Select(s => s.SentAt + s.Latency - faultAt).DefaultIfEmpty(TimeSpan.Zero).Max();

        return new RecoveryFigures(lines.Count, retried.Count,
            retried.Count > 0 ? retried.Min() : TimeSpan.Zero, retried.Count > 0 ? retried.Max() : TimeSpan.Zero,
            window.Count, window.Count(s => !s.Answered),
            latencies.Count > 0 ? latencies[latencies.Count / 2] : TimeSpan.Zero,
            latencies.Count > 0 ? latencies[^1] : TimeSpan.Zero,
            longest, lastBad);
    }

    public override string ToString()
    {
        static string S(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        return $"articles {Articles}, retried {Retried}, first retried landed after {S(FirstRetriedLanded)}, " +
               $"all retried landed after {S(AllRetriedLanded)}; queries during recovery {Queries} " +
               $"(unanswered {Unanswered}, median {Ms(MedianLatency)}, max {Ms(MaxLatency)}), " +
               $"longest without an answer {S(LongestWithoutAnswer)}, queries normal (< {Ms(Slow)}) after {S(QueriesNormalAfter)}";
    }
}
