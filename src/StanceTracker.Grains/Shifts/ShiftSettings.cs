namespace StanceTracker.Grains.Shifts;

/// <summary>
/// When a change of stance counts as a shift. The defaults make the samples' Russia-on-Haftar turn visible while a
/// steady actor with one stray statement does not flip: each side needs several statements and a clear net score.
/// </summary>
public sealed record ShiftSettings
{
    /// <summary>How many statements at most make each side's position: the latest before a candidate day, the first from it on.</summary>
    public int SideStatements { get; init; } = 5;

    /// <summary>How far back or forward a side may reach: positions further apart than this are not compared.</summary>
    public int MaxSpanDays { get; init; } = 365;

    /// <summary>Statements needed on each side of a shift.</summary>
    public int MinStatements { get; init; } = 2;

    /// <summary>Net score each side must reach (in absolute value) to count as support or opposition.</summary>
    public double MinScore { get; init; } = 0.25;

    /// <summary>Evidence statements shown per side.</summary>
    public int EvidencePerSide { get; init; } = 3;
}
