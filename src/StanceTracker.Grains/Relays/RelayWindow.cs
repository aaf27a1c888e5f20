using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Relays;

/// <summary>
/// One speaker's statements that new ones may relay, by publication day, in memory: the days around the statements
/// being appended are read from the log once (<see cref="Missing"/>, <see cref="Load"/>), then kept up to date with
/// every append, so deciding relays costs a few dictionary lookups and Jaccard checks per statement and no database
/// work on the log's single writer. Held by whoever appends the speaker's statements, one append at a time (the
/// speaker's actor grain): that is what makes the days read from the log stay true while they are held.
/// </summary>
/// <remarks>
/// Memory is bounded: days not needed by the append in hand are dropped, least recently used first, once the window
/// holds more than <paramref name="maxStatements"/> statements; a dropped day is read again if it is needed again.
/// </remarks>
public sealed class RelayWindow(RelayMatcher matcher, int maxStatements = RelayWindow.DefaultMaxStatements)
{
    /// <summary>
    /// Statements held before days start to be dropped. Large enough to hold two years of a speaker quoted 150 times a
    /// day, so statements arriving in any date order find their days held (the record-growth bench: one speaker,
    /// 10^5 statements cycling through 730 days); a held statement costs its word array, its entry and its key
    /// entries, the words themselves being shared through the window's pool.
    /// </summary>
    public const int DefaultMaxStatements = 131_072;

    // Statements of the append being planned are not numbered yet; they take numbers above every log position, in
    // append order, so the matcher's tie-break (the earliest logged wins) orders them as the log will.
    private const long Unlogged = long.MaxValue / 2;

    private readonly Dictionary<int, WindowDay> _days = [];
    // Each distinct word once, for every statement held (cleared with the days it served).
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    // The lists that took a statement of the append being planned: all that Logged has to visit.
    private readonly List<List<RelayCandidate>> _unlogged = [];
    // The days on which the log has statements of the speaker, when known (<see cref="KnowLoggedDays"/>): a needed day
    // not among them is held empty without a read. Most days a speaker is quoted on are new to it, and reading each of
    // them back from the log to find nothing was most of the reads an ingest made.
    private HashSet<int>? _loggedDays;
    private int _held;
    private long _uses;

    /// <summary>Statements held now, across all days.</summary>
    public int Held => _held;

    /// <summary>Whether the days the log has statements on are known (<see cref="KnowLoggedDays"/>).</summary>
    public bool KnowsLoggedDays => _loggedDays is not null;

    /// <summary>
    /// The days (day numbers) on which the log holds any statement of the speaker: from then on <see cref="Missing"/>
    /// asks only for those, and holds the others empty at once. Kept up to date by <see cref="Logged"/>; forgotten with
    /// everything else (<see cref="Forget"/>).
    /// </summary>
    public void KnowLoggedDays(IEnumerable<int> days) => _loggedDays = [.. days];

    /// <summary>
    /// The day ranges (inclusive day numbers, see <see cref="StanceCalendar"/>) to read from the log before statements
    /// published on <paramref name="days"/> can be decided: every day within the relay window of each, not held yet,
    /// and, when the logged days are known, only from the first to the last such day that has statements (days known
    /// to have none are held empty). Drops days the window no longer needs if it holds too much.
    /// </summary>
    public IReadOnlyList<(int First, int Last)> Missing(IReadOnlyList<int> days)
    {
        var within = matcher.Settings.WithinDays;
        var needed = new List<int>(days.Count * (2 * within + 1));
        foreach (var day in days)
            for (var d = day - within; d <= day + within; d++)
                needed.Add(d);
        needed.Sort();
        var use = ++_uses;
        var missing = new List<(int First, int Last)>();
        // A run of consecutive days not held, and within it the first and last day the log has statements on.
        int? runFirstLogged = null, runLastLogged = null;
        var previous = int.MinValue;
        foreach (var day in needed)
        {
            if (day == previous)
                continue;
            if (day != previous + 1)
                EndRun();
            previous = day;
            if (_days.TryGetValue(day, out var held))
            {
                held.LastUse = use;
                EndRun();
                continue;
            }
            if (_loggedDays is { } logged && !logged.Contains(day))
            {
                _days[day] = new WindowDay { LastUse = use };
                continue;
            }
            runFirstLogged ??= day;
            runLastLogged = day;
        }
        EndRun();
        Trim(use);
        return missing;

        void EndRun()
        {
            if (runFirstLogged is { } first && runLastLogged is { } last)
                missing.Add((first, last));
            runFirstLogged = runLastLogged = null;
        }
    }

    /// <summary>Holds the speaker's statements logged on days [first, last] (none of them held yet), relays left out.</summary>
    public void Load(int first, int last, IEnumerable<RelayCandidate> logged)
    {
        var use = _uses;
        for (var day = first; day <= last; day++)
        {
            if (_days.TryGetValue(day, out var known))
                known.LastUse = use; // held empty already: the log has nothing of the speaker that day
            else
                _days[day] = new WindowDay { LastUse = use };
        }
        foreach (var candidate in logged)
            Hold(StanceCalendar.DayNumber(candidate.Published), candidate);
    }

    /// <summary>
    /// Decides which of the statements (in append order, with their word sets) relay one held or one earlier in the
    /// same append. Every statement that is not a relay is held at once, unnumbered, so later ones may relay it;
    /// <see cref="Logged"/> numbers them. The days of every statement must have been loaded (<see cref="Missing"/>).
    /// </summary>
    public RelayLink?[] Plan(IReadOnlyList<StatementRecord> statements, IReadOnlyList<ContentTokens> words)
    {
        var links = new RelayLink?[statements.Count];
        var candidates = new List<RelayCandidate>();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var keys = matcher.Keys(words[i]);
            if (keys.IsEmpty)
                continue; // too short to relay or to be relayed
            var day = StanceCalendar.DayNumber(statement.Published);
            candidates.Clear();
            for (var d = day - matcher.Settings.WithinDays; d <= day + matcher.Settings.WithinDays; d++)
            {
                if (!_days.TryGetValue(d, out var held))
                    throw new InvalidOperationException($"relay window: day {d} is not loaded (call Missing and Load first)");
                foreach (var key in keys)
                    if (held.ByKey.TryGetValue(key, out var sharing))
                        candidates.AddRange(sharing);
            }
            if (matcher.Find(statement.ArticleId, words[i], candidates) is { } match)
                links[i] = match.OriginalSequence >= Unlogged
                    ? new RelayLink(null, (int)(match.OriginalSequence - Unlogged), match.OriginalPublished, match.Similarity)
                    : new RelayLink(match.OriginalSequence, null, match.OriginalPublished, match.Similarity);
            else
                Hold(day, new RelayCandidate(Unlogged + i, statement.ArticleId, statement.Published, words[i]));
        }
        return links;
    }

    /// <summary>
    /// The append planned last is durable: its statements held unnumbered take their log positions, and those the log
    /// already had (a repeated ingest: not appended again) are let go, since the copy read from the log is held.
    /// </summary>
    public void Logged(IReadOnlyList<StatementRecord> statements, IReadOnlyList<LoggedStatement> appended)
    {
        var positions = new Dictionary<string, long>(appended.Count, StringComparer.Ordinal);
        foreach (var entry in appended)
        {
            positions[entry.Statement.Id] = entry.Sequence;
            _loggedDays?.Add(StanceCalendar.DayNumber(entry.Statement.Published));
        }
        // Unnumbered statements were added last, so they are at the end of each list that took one. A statement let go
        // is in one list per key but is counted off its day once.
        HashSet<long>? letGo = null;
        foreach (var sharing in _unlogged)
        {
            for (var i = sharing.Count - 1; i >= 0 && sharing[i].Sequence >= Unlogged; i--)
            {
                var candidate = sharing[i];
                if (positions.TryGetValue(statements[(int)(candidate.Sequence - Unlogged)].Id, out var sequence))
                {
                    sharing[i] = candidate with { Sequence = sequence };
                    continue;
                }
                sharing.RemoveAt(i);
                if ((letGo ??= []).Add(candidate.Sequence))
                {
                    _days[StanceCalendar.DayNumber(candidate.Published)].Statements--;
                    _held--;
                }
            }
        }
        _unlogged.Clear();
    }

    /// <summary>
    /// Drops everything held: after a failed append nothing says which of its statements the log took, so the days
    /// are read again when next needed.
    /// </summary>
    public void Forget()
    {
        _days.Clear();
        _unlogged.Clear();
        _words.Clear();
        _loggedDays = null;
        _held = 0;
    }

    private void Hold(int day, RelayCandidate candidate)
    {
        var held = _days[day];
        candidate = candidate with { Words = candidate.Words.Pooled(_words) };
        var first = true;
        foreach (var key in matcher.Keys(candidate.Words))
        {
            if (!held.ByKey.TryGetValue(key, out var sharing))
                held.ByKey[key] = sharing = [];
            sharing.Add(candidate);
            if (candidate.Sequence >= Unlogged)
                _unlogged.Add(sharing);
            if (first) { held.Statements++; _held++; first = false; }
        }
    }

    // Keeps the days of the current use (just touched) and drops the least recently used others until under the bound.
    private void Trim(long use)
    {
        if (_held <= maxStatements)
            return;
        // Words of dropped days may stay pooled until the pool is rebuilt: starting it afresh keeps it from growing
        // with every word the speaker ever used.
        _words.Clear();
        foreach (var (day, held) in _days.Where(d => d.Value.LastUse < use).OrderBy(d => d.Value.LastUse).ToList())
        {
            _days.Remove(day);
            _held -= held.Statements;
            if (_held <= maxStatements)
                return;
        }
    }

    private sealed class WindowDay
    {
        public Dictionary<string, List<RelayCandidate>> ByKey { get; } = new(StringComparer.Ordinal);

        public int Statements { get; set; }

        public long LastUse { get; set; }
    }
}
