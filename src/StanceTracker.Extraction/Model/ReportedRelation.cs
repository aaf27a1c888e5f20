namespace StanceTracker.Extraction.Model;

/// <summary>
/// A position the article states in its own voice, without quoting anyone ("قوات حفتر المدعومة من الإمارات",
/// "France, which supports Haftar"). It is reported by the outlet, not said by <see cref="Holder"/>, so it is kept apart
/// from statements and never counted as something the holder said.
/// </summary>
/// <param name="Holder">The actor said to hold the position (the backer).</param>
/// <param name="Target">The actor the position is about (the one backed or opposed).</param>
/// <param name="Evidence">The words that state the relation, from the first actor named to the last.</param>
public sealed record ReportedRelation(ActorRef Holder, ActorRef Target, Polarity Polarity, Span Evidence);
