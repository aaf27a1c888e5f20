using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Abstractions.Stance;

/// <summary>
/// An actor's stance toward a target changing polarity: what it was in the window before <see cref="VisibleOn"/>,
/// what it is after, how much evidence each side has, and the statements that show it.
/// </summary>
/// <param name="VisibleOn">The first day of the new position (UTC): the first statement after the change.</param>
/// <param name="Strength">In [0, 1]: how far the net score moved, discounted when either side has little evidence.</param>
[GenerateSerializer, Immutable, Alias("stance.Shift")]
public sealed record Shift(
    string ActorId,
    string ActorName,
    string TargetId,
    string TargetName,
    StanceKind From,
    StanceKind To,
    DateTime VisibleOn,
    double BeforeScore,
    int BeforeStatements,
    double AfterScore,
    int AfterStatements,
    double Strength,
    IReadOnlyList<StatementRecord> EvidenceBefore,
    IReadOnlyList<StatementRecord> EvidenceAfter);
