using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Tests;

/// <summary>Checks that an actor counts each of the given statements once: summary, monthly timeline per target, statements list.</summary>
internal static class CountedOnce
{
    public static async Task AssertAsync(IActorGrain actor, IReadOnlyList<StatementRecord> statements)
    {
        Assert.Equal(statements.Count, (await actor.GetSummaryAsync())!.Statements);
        foreach (var target in new[] { "haftar", "gna" })
        {
            var expected = statements.Where(s => s.Stances[0].TargetId == target).ToList();
            var point = Assert.Single(await actor.GetTimelineAsync(target, TimeBucket.Month, null, null));
            Assert.Equal(expected.Count(s => s.Stances[0].Stance == StanceKind.Support), point.Support);
            Assert.Equal(expected.Count(s => s.Stances[0].Stance == StanceKind.Oppose), point.Oppose);
        }
        Assert.Equal(statements.Count, (await actor.GetStatementsAsync(new StatementQuery(PageSize: 500))).Total);
    }
}
