namespace StanceTracker.Extraction.Model;

public enum Polarity
{
    Neutral = 0,
    Support = 1,
    Oppose = 2,
}
