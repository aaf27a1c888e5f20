using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Tests;

/// <summary>Hand-made statements for grain tests that do not depend on extraction.</summary>
internal static class Statements
{
    public static readonly ActorInfo Russia = new("russia", "Russia", "state", ["Moscow", "موسكو"]);

    public static StatementRecord About(string id, string date, string target, StanceKind stance, double score, string article = "art-1") =>
        new(id, article, "russia", "Russia", DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            "Sample Wire", "A sample", "en", "indirect", "said", $"content of {id}", 0, 10, $"sentence of {id}", 0,
            [new TargetStanceRecord(target, target == "haftar" ? "Khalifa Haftar" : target, "person", stance, score, 1.0)]);
}
