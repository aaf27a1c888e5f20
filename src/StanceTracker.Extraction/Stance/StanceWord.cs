using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Stance;

/// <summary>
/// A word or phrase that expresses support or opposition toward something near it.
/// <see cref="Negatable"/> is false for epithets and nouns whose polarity a nearby "not" does not reverse
/// ("لن نجلس مع مجرم الحرب": the negation belongs to the verb, not to the war criminal).
/// </summary>
public sealed record StanceWord(string Lemma, Polarity Polarity, double Weight, bool Negatable, IReadOnlyList<string> Forms);
