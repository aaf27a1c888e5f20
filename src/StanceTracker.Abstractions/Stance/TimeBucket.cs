namespace StanceTracker.Abstractions.Stance;

[GenerateSerializer, Alias("stance.TimeBucket")]
public enum TimeBucket
{
    Day,
    Week,
    Month,
}
