namespace StanceTracker.Extraction.Actors;

/// <summary>
/// One title phrase ("وزير الخارجية الفرنسي", "UN envoy") and everyone who held the office it names, so the phrase can be
/// resolved to the holder on the article's date.
/// </summary>
internal sealed class RoleTitle(string phrase)
{
    /// <summary>Confidence of a holder found by date when several terms cover that date (interim overlaps, month-precise dates).</summary>
    public const double SharedConfidence = 0.8;
    /// <summary>Confidence when the article has no date and the latest holder is assumed.</summary>
    public const double UndatedConfidence = 0.7;
    /// <summary>Confidence when nobody held the office on the date and the office's owner (a state) stands in for the holder.</summary>
    public const double OfficeConfidence = 0.5;

    private readonly List<(ActorEntry Holder, ActorRole Role)> _holdings = [];

    public string Phrase { get; } = phrase;

    public IReadOnlyList<(ActorEntry Holder, ActorRole Role)> Holdings => _holdings;

    public void Add(ActorEntry holder, ActorRole role) => _holdings.Add((holder, role));

    /// <summary>The actor the office belongs to (france for the French foreign minister), from the latest term that says.</summary>
    public string? Of
    {
        get
        {
            string? of = null;
            var latest = DateOnly.MinValue;
            foreach (var (_, role) in _holdings)
                if (role.Of is not null && role.Tenure.From >= latest) { of = role.Of; latest = role.Tenure.From; }
            return of;
        }
    }

    /// <summary>
    /// Who held the office on <paramref name="date"/>: the term covering it (the one begun last, when terms meet in a month
    /// given without a day). Without a date: the current holder (open term), else the one whose term ended last, at lower
    /// confidence. Null when nobody held it then; the caller may fall back to <see cref="Of"/>.
    /// </summary>
    public ActorEntry? HolderAt(DateOnly? date, out double confidence)
    {
        ActorEntry? best = null;
        var bestFrom = DateOnly.MinValue;
        var covering = 0;
        if (date is { } day)
        {
            foreach (var (holder, role) in _holdings)
            {
                if (!role.Tenure.Covers(day)) continue;
                if (best is null || holder.Id != best.Id) covering++;
                if (best is null || role.Tenure.From > bestFrom) { best = holder; bestFrom = role.Tenure.From; }
            }
            confidence = covering > 1 ? SharedConfidence : 1.0;
            return best;
        }

        var bestEnd = DateOnly.MinValue;
        foreach (var (holder, role) in _holdings)
        {
            var end = role.Tenure.To ?? DateOnly.MaxValue;
            if (best is null || end > bestEnd || (end == bestEnd && role.Tenure.From > bestFrom))
            {
                best = holder;
                bestEnd = end;
                bestFrom = role.Tenure.From;
            }
        }
        confidence = UndatedConfidence;
        return best;
    }
}
