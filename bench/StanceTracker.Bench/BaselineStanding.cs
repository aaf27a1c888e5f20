namespace StanceTracker.Bench;

/// <summary>A baseline's answer to the target question: the ids listed per side, strongest first, and each side's total.</summary>
public sealed record BaselineStanding(
    IReadOnlyList<string> Supporters,
    IReadOnlyList<string> Opponents,
    IReadOnlyList<string> Neutral,
    int SupportersTotal,
    int OpponentsTotal,
    int NeutralTotal);
