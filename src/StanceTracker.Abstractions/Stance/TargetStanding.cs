namespace StanceTracker.Abstractions.Stance;

/// <summary>
/// Who supports and who opposes a target within a window, strongest first; speakers with no clear position are neutral.
/// Each list may be cut to the strongest few (the question's top); the totals say how many speakers each side has in all.
/// </summary>
/// <param name="SupportersTotal">Speakers on the supporting side, whether or not listed in <paramref name="Supporters"/>.</param>
[GenerateSerializer, Immutable, Alias("stance.TargetStanding")]
public sealed record TargetStanding(
    string TargetId,
    string TargetName,
    IReadOnlyList<SpeakerPosition> Supporters,
    IReadOnlyList<SpeakerPosition> Opponents,
    IReadOnlyList<SpeakerPosition> Neutral,
    int SupportersTotal,
    int OpponentsTotal,
    int NeutralTotal);
