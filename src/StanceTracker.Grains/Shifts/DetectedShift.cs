using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Shifts;

/// <summary>A shift found in one target's day tallies, before its evidence statements are looked up.</summary>
public sealed record DetectedShift(
    StanceKind From,
    StanceKind To,
    int ChangeDay,
    int FirstEvidenceDay,
    int LastEvidenceDay,
    double BeforeScore,
    int BeforeStatements,
    double AfterScore,
    int AfterStatements,
    double Strength);
