using StanceTracker.Extraction.Actors;

namespace StanceTracker.Extraction.Stance;

/// <summary>
/// One written form of an issue ("الحل العسكري", "the military solution"). <see cref="Opposite"/> marks a form that
/// names the issue's negation ("تقسيم ليبيا" for Libya's unity, "رفع الحظر" for the arms embargo): a stance toward it
/// is the reverse stance toward the issue, so "نرفض تقسيم ليبيا" supports Libya's unity.
/// </summary>
/// <param name="Issue">The issue as a target: id "issue:" + its label, type "issue".</param>
public sealed record IssueForm(ActorEntry Issue, bool Opposite);
