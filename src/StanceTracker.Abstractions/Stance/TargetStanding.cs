namespace StanceTracker.Abstractions.Stance;

/// <summary>Who supports and who opposes a target within a window, strongest first; speakers with no clear position are neutral.</summary>
[GenerateSerializer, Immutable, Alias("stance.TargetStanding")]
public sealed record TargetStanding(
    string TargetId,
    string TargetName,
    IReadOnlyList<SpeakerPosition> Supporters,
    IReadOnlyList<SpeakerPosition> Opponents,
    IReadOnlyList<SpeakerPosition> Neutral);
