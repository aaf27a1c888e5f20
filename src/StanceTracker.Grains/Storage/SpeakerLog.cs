using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// One speaker's way into the statement log: decides which new statements relay ones the speaker said before, against
/// the speaker's <see cref="RelayWindow"/>, and appends them with that decision. Relay detection happens here, on the
/// caller's thread, and not on the log's single writer, which only inserts rows; the window reads the days it lacks
/// and the log has statements on (one indexed range each; which days those are is read once) and keeps them. One append at a time: the speaker's actor grain calls it
/// from its one batch in flight.
/// </summary>
public sealed class SpeakerLog(IStatementLog log, RelayMatcher matcher, string actorId)
{
    private readonly RelayWindow _window = new(matcher);

    public string ActorId => actorId;

    /// <summary>
    /// Appends the statements the log does not have yet; returns those that were new (as <see cref="IStatementLog.AppendAsync"/>).
    /// <paramref name="expectedHead"/> is the highest position of the speaker's statements the caller has applied (0:
    /// none); if the log holds others past it, nothing is written and <see cref="LogMovedOnException"/> is thrown. The
    /// window is then forgotten too, as after any failure: its days may lack the statements appended meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<LoggedStatement>> AppendAsync(long expectedHead, IReadOnlyList<StatementRecord> statements)
    {
        if (statements.Count == 0)
            return [];
        var words = new ContentTokens[statements.Count];
        var days = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            words[i] = ContentTokens.Of(statements[i].Content);
            days[i] = StanceCalendar.DayNumber(statements[i].Published);
        }
        try
        {
            // Once per activation (and after a failure): one read of the days the speaker has statements on, so the
            // window reads only those and not every new day of every append.
            if (!_window.KnowsLoggedDays)
                _window.KnowLoggedDays((await log.ReadStatementDaysAsync(actorId)).Select(StanceCalendar.DayNumberOf));
            foreach (var (first, last) in _window.Missing(days))
                _window.Load(first, last, await log.ReadRelayCandidatesAsync(actorId, StanceCalendar.DayOf(first), StanceCalendar.DayOf(last)));
            var links = _window.Plan(statements, words);
            var entries = new StatementToAppend[statements.Count];
            for (var i = 0; i < statements.Count; i++)
                entries[i] = new StatementToAppend(statements[i], words[i], links[i]);
            var appended = await log.AppendAsync(actorId, expectedHead, entries);
            _window.Logged(statements, appended);
            return appended;
        }
        catch
        {
            _window.Forget();
            throw;
        }
    }
}
