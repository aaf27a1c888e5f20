using Microsoft.Extensions.Logging;
using System.Runtime.InteropServices;
using Orleans.Concurrency;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Failures;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Shifts;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Actors;

/// <summary>
/// One actor: statements go to the append-only log first (the source of truth), then into in-memory aggregates.
/// The aggregate snapshot is written every <see cref="SnapshotEvery"/> new statements (more apart for a large
/// aggregate, see <see cref="SnapshotInterval"/>) and on deactivation, so the cost of recording a statement does not
/// grow with the actor's history; a crash loses nothing because activation replays the log past the snapshot's
/// <see cref="ActorState.AppliedSequence"/>.
/// </summary>
/// <remarks>
/// Reentrant, so that articles arriving for a much-quoted speaker while its log append is in flight are not queued one
/// commit each: they wait in <see cref="_queued"/> and go into the next append together (<see cref="RecordAsync"/>).
/// Only that one append-and-apply sequence at a time ever changes the aggregates; every other method only reads them,
/// and reads them within one turn (no await between reading and using a collection), so an interleaved query sees
/// the aggregates before or after a batch, never half-way. In a cluster, a silo failure can leave two activations of
/// one actor alive for a moment; the log refuses an append from an activation behind the actor's head, which then
/// catches up first (<see cref="AppendAsync"/>), so neither skips a statement the other logged.
/// </remarks>
[Reentrant]
public sealed class ActorGrain(
    [PersistentState("actor", StorageNames.GrainState)] IPersistentState<ActorState> state,
    IStatementLog log,
    RelayMatcher relays,
    ShiftSettings shiftSettings,
    StanceMetrics metrics,
    ILogger<ActorGrain> logger) : Grain, IActorGrain
{
    public const int SnapshotEvery = 64;

    /// <summary>
    /// A snapshot rewrites the whole aggregate, whose size grows with the actor's (target, day) cells: written every 64
    /// statements, the snapshots of the most-quoted actor cost more bytes per statement than the statements themselves.
    /// Written once per half as many statements as it has cells, a snapshot costs at most about two cells of JSON per
    /// statement recorded, whatever the aggregate's size; a crash then replays at most that many statements.
    /// </summary>
    public int SnapshotInterval => Math.Max(SnapshotEvery, _cells / 2);

    /// <summary>
    /// Tries of one append while the log keeps moving on under it (another activation of the actor appending, after a
    /// silo failure): each refusal catches up first, so a second refusal needs the other activation to append again.
    /// </summary>
    public const int AppendAttempts = 3;

    private int _unsnapshotted;

    // (target, day) cells in the aggregate: what a snapshot's size follows.
    private int _cells;

    // Calls waiting for the next log append, and the batch in flight (null or completed: none).
    private List<PendingRecord> _queued = [];
    private Task? _inFlight;

    // A batch failed part-way: this activation's aggregates may lack statements its append committed, so it catches up
    // from the log before recording more, and is deactivated once idle (a fresh activation rebuilds from the log).
    private bool _mayLagLog;

    // The way this actor's statements go into the log, with the days of its recent statements held for relay detection.
    private SpeakerLog? _speakerLog;

    private string ActorId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.StatementDays is null)
        {
            // A snapshot from before statements were counted by day: its other aggregates are right, but the days can
            // only come from the log, so the whole aggregate is rebuilt from it once (the catch-up below) and written.
            if (state.State.AppliedSequence > 0)
                ForgetAggregates();
            state.State.StatementDays = [];
        }
        foreach (var target in state.State.Targets.Values)
            _cells += target.Days.Count;
        var missed = await log.ReadAfterAsync(ActorId, state.State.AppliedSequence);
        foreach (var entry in missed)
            Apply(entry);
        if (missed.Count > 0)
        {
            logger.LogInformation("Actor {Actor}: caught up {Count} statements from the log", ActorId, missed.Count);
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsnapshotted > 0)
            await state.WriteStateAsync(cancellationToken);
    }

    /// <summary>
    /// Logs the statements not logged yet and counts them; returns how many were new. While another call's append is in
    /// flight this one waits, and every call that arrived meanwhile goes into the next append together: one
    /// transaction for many articles instead of one commit each. Each call completes when that append is durable and
    /// applied, with the number of its own statements that were new (a statement sent twice counts for the first only).
    /// </summary>
    public async Task<int> RecordAsync(ActorInfo actor, IReadOnlyList<StatementRecord> statements)
    {
        var mine = new PendingRecord(actor, statements);
        _queued.Add(mine);
        while (_inFlight is { IsCompleted: false } running)
        {
            await running; // never throws: a batch reports its failure to its callers
            if (mine.Done.Task.IsCompleted)
                return await mine.Done.Task;
        }
        if (!mine.Done.Task.IsCompleted)
        {
            // Nothing is being appended: this call leads a batch of every call queued so far, its own included.
            var batch = _queued;
            _queued = [];
            var run = RecordBatchAsync(batch);
            _inFlight = run;
            await run;
        }
        return await mine.Done.Task;
    }

    private async Task RecordBatchAsync(List<PendingRecord> batch)
    {
        try
        {
            var counts = await RecordCoreAsync(batch);
            for (var i = 0; i < batch.Count; i++)
                batch[i].Done.TrySetResult(counts[i]);
        }
        catch (Exception ex)
        {
            // Storage failed part-way: the append may even have committed with the error arriving after COMMIT, and
            // the callers' retries would then find those statements logged and skip them. Calls queued behind this
            // batch first catch up from the log; once idle, the activation goes, and a fresh one rebuilds the
            // aggregates from its snapshot plus the log past it, so they count every statement exactly once.
            _mayLagLog = true;
            this.DeactivateOnIdle();
            foreach (var pending in batch)
                pending.Done.TrySetException(ex);
        }
    }

    private async Task<int[]> RecordCoreAsync(List<PendingRecord> batch)
    {
        if (_mayLagLog)
        {
            await CatchUpAsync();
            _mayLagLog = false;
        }

        // The latest call's identity wins, as it would had the calls run one after another.
        var actor = batch[^1].Actor;
        var identityChanged = state.State.Name != actor.Name || state.State.Type != actor.Type
            || !state.State.Aliases.SequenceEqual(actor.Aliases);
        if (identityChanged)
        {
            state.State.Name = actor.Name;
            state.State.Type = actor.Type;
            state.State.Aliases = [.. actor.Aliases];
        }

        var statements = batch.Count == 1 ? batch[0].Statements : [.. batch.SelectMany(b => b.Statements)];
        var appended = await AppendAsync(statements);
        foreach (var entry in appended)
            Apply(entry);
        _unsnapshotted += appended.Count;
        metrics.StatementsRecorded(appended.Count);

        // Each call is told how many of its own statements were new; a statement two calls both sent (the same article
        // ingested twice at once) was logged once and counts for the first.
        var counts = new int[batch.Count];
        if (batch.Count == 1)
            counts[0] = appended.Count;
        else
        {
            var fresh = appended.Select(a => a.Statement.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < batch.Count; i++)
                counts[i] = batch[i].Statements.Count(s => fresh.Remove(s.Id));
        }

        // Announced shifts are remembered with the next snapshot, not written now: a snapshot write costs the whole
        // aggregate, and the worst a crash can do is announce a shift twice on a live feed (the record is the log).
        await PublishNewShiftsAsync(appended);

        if (identityChanged || _unsnapshotted >= SnapshotInterval)
        {
            await state.WriteStateAsync();
            _unsnapshotted = 0;
        }
        return counts;
    }

    /// <summary>
    /// Appends from the highest position of the actor this activation has applied, which the log checks against the
    /// actor's head. Refused, another activation appended meanwhile (two can live for a moment after a silo failure):
    /// this one applies what that one logged and tries again. Had the append gone through, the applied position would
    /// have jumped past the other's statements, and the aggregates and every later snapshot would have lacked them.
    /// Statements the other activation logged too are then found logged, and count for its callers, not these.
    /// </summary>
    private async Task<IReadOnlyList<LoggedStatement>> AppendAsync(IReadOnlyList<StatementRecord> statements)
    {
        _speakerLog ??= new SpeakerLog(log, relays, ActorId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Every append's statements are applied before the next, so this is the highest own position applied.
                return await _speakerLog.AppendAsync(state.State.AppliedSequence, statements);
            }
            catch (LogMovedOnException moved)
            {
                var missed = await CatchUpAsync();
                logger.LogWarning("Actor {Actor}: the log moved on from {Expected} to {Stored} under this activation; caught up {Count} statements (try {Attempt} of {Attempts})",
                    ActorId, moved.ExpectedHead, moved.StoredHead, missed, attempt, AppendAttempts);
                // Crosses the wire to the ingesting caller, which retries the article: transient, as another
                // activation still appending is gone once its silo is declared dead.
                if (attempt == AppendAttempts)
                    throw new StorageUnavailableException($"{moved.Message} ({AppendAttempts} tries)");
            }
        }
    }

    // Applies what the log holds for the actor past the highest position applied; returns how many statements that was.
    private async Task<int> CatchUpAsync()
    {
        var missed = await log.ReadAfterAsync(ActorId, state.State.AppliedSequence);
        foreach (var entry in missed)
            Apply(entry);
        _unsnapshotted += missed.Count;
        return missed.Count;
    }

    public Task<ActorSummary?> GetSummaryAsync()
    {
        var s = state.State;
        return Task.FromResult(s.Statements == 0 && !state.RecordExists
            ? null
            : new ActorSummary(ActorId, s.Name, s.Type, s.Statements, s.FirstSeen, s.LastSeen));
    }

    public async Task<ActorProfile?> GetProfileAsync(int top)
    {
        var s = state.State;
        if (s.Statements == 0 && !state.RecordExists)
            return null;
        var positions = s.Targets
            .Select(t => Position(t.Key, t.Value, t.Value.Days.Values))
            .ToList();
        var supports = positions.Where(p => p.NetScore > 0).OrderByDescending(p => p.NetScore * (p.Support + 1)).Take(top).ToList();
        var opposes = positions.Where(p => p.NetScore < 0).OrderBy(p => p.NetScore * (p.Oppose + 1)).Take(top).ToList();
        var articles = await log.CountArticlesAsync(ActorId);
        return new ActorProfile(new ActorInfo(ActorId, s.Name, s.Type, s.Aliases), s.Statements, articles,
            s.FirstSeen, s.LastSeen, supports, opposes);
    }

    public Task<IReadOnlyList<StancePoint>> GetTimelineAsync(string? target, TimeBucket bucket, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        return Task.FromResult(ActorSeries.Build(ActorId, TargetsMatching(target), first, last, bucket));
    }

    public Task<IReadOnlyList<DayCell>> GetDaysAsync(string? target, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        var cells = new List<DayCell>();
        foreach (var (targetId, tally) in TargetsMatching(target))
        {
            foreach (var (day, d) in tally.Days)
            {
                if (day < first || day > last) continue;
                cells.Add(new DayCell(ActorId, targetId, tally.Name, StanceCalendar.DayOf(day), d.Support, d.Oppose, d.Neutral,
                    d.WeightedScore, d.Weight, d.Articles, d.Outlets));
            }
        }
        return Task.FromResult<IReadOnlyList<DayCell>>(cells);
    }

    /// <remarks>
    /// The total of a page not about one target is summed from the day counts: from the log it was a COUNT over the
    /// actor's statements with a relay check each, milliseconds for a much-quoted actor, on every page.
    /// </remarks>
    public Task<StatementPage> GetStatementsAsync(StatementQuery query) =>
        log.QueryAsync(ActorId, query, query.Target is null ? CountStatements(query.From, query.To) : null);

    private int CountStatements(DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        var total = 0;
        foreach (var (day, count) in state.State.StatementDays!)
            if (day >= first && day <= last)
                total += count;
        return total;
    }

    public async Task<IReadOnlyList<Shift>> GetShiftsAsync(string? target, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        // Detected in one turn, before the first await: a batch recorded meanwhile must not change the targets being walked.
        var detected = TargetsMatching(target)
            .SelectMany(t => ShiftDetector.Detect(t.Value.Days, shiftSettings).Select(found => (TargetId: t.Key, Tally: t.Value, Found: found)))
            .Where(d => d.Found.ChangeDay >= first && d.Found.ChangeDay <= last)
            .ToList();
        var shifts = new List<Shift>(detected.Count);
        foreach (var (targetId, tally, found) in detected)
            shifts.Add(await ToShiftAsync(targetId, tally, found));
        return [.. shifts.OrderBy(s => s.VisibleOn).ThenBy(s => s.TargetId, StringComparer.Ordinal)];
    }

    private async Task<Shift> ToShiftAsync(string targetId, TargetTally tally, DetectedShift found) =>
        new(ActorId, state.State.Name, targetId, tally.Name, found.From, found.To,
            StanceCalendar.DayOf(found.ChangeDay), found.BeforeScore, found.BeforeStatements,
            found.AfterScore, found.AfterStatements, found.Strength,
            await EvidenceAsync(targetId, found.From, found.FirstEvidenceDay, found.ChangeDay - 1),
            await EvidenceAsync(targetId, found.To, found.ChangeDay, found.LastEvidenceDay));

    /// <summary>
    /// Publishes the shifts that new statements made visible and that were not published before. A late article
    /// that moves a shift's day makes it a new shift (published again); one that removes a shift retracts nothing.
    /// </summary>
    private async Task PublishNewShiftsAsync(IEnumerable<LoggedStatement> appended)
    {
        var touched = new Dictionary<string, (int First, int Last)>(StringComparer.Ordinal);
        foreach (var entry in appended)
        {
            var day = StanceCalendar.DayNumber(entry.Statement.Published);
            foreach (var stance in entry.Statement.Stances)
                touched[stance.TargetId] = touched.TryGetValue(stance.TargetId, out var range)
                    ? (Math.Min(range.First, day), Math.Max(range.Last, day))
                    : (day, day);
        }
        foreach (var (targetId, (firstDay, lastDay)) in touched)
        {
            if (!state.State.Targets.TryGetValue(targetId, out var tally))
                continue;
            // A new statement changes the sides of change points up to a span away from it, and no others.
            var candidates = (firstDay - shiftSettings.MaxSpanDays, lastDay + shiftSettings.MaxSpanDays);
            foreach (var found in ShiftDetector.Detect(tally.Days, shiftSettings, candidates))
            {
                var key = $"{targetId}|{found.ChangeDay}|{found.From}>{found.To}";
                if (state.State.PublishedShifts.Contains(key))
                    continue;
                var shift = await ToShiftAsync(targetId, tally, found);
                await this.GetStreamProvider(StanceStreams.Provider).GetStream<Shift>(StanceStreams.Shifts).OnNextAsync(shift);
                state.State.PublishedShifts.Add(key);
                metrics.ShiftDetected();
                logger.LogInformation("Actor {Actor}: shift toward {Target} from {From} to {To} visible on {Day:yyyy-MM-dd}",
                    ActorId, targetId, shift.From, shift.To, shift.VisibleOn);
            }
        }
    }

    // The statements that carry a side of a shift: toward the target, with that side's polarity, strongest first.
    private Task<IReadOnlyList<StatementRecord>> EvidenceAsync(string targetId, StanceKind stance, int firstDay, int lastDay) =>
        log.StrongestAsync(ActorId, targetId, stance, StanceCalendar.DayOf(firstDay), StanceCalendar.DayOf(lastDay),
            shiftSettings.EvidencePerSide);

    // One target is a dictionary lookup; only an id typed in another case walks the targets, so a much-quoted actor
    // with thousands of targets does not make every one-target question scan them all.
    private IEnumerable<KeyValuePair<string, TargetTally>> TargetsMatching(string? target) =>
        target is null
            ? state.State.Targets
            : state.State.Targets.TryGetValue(target, out var exact)
                ? [new KeyValuePair<string, TargetTally>(target, exact)]
                : state.State.Targets.Where(t => string.Equals(target, t.Key, StringComparison.OrdinalIgnoreCase));

    private void Apply(LoggedStatement entry)
    {
        var s = state.State;
        var statement = entry.Statement;
        s.AppliedSequence = Math.Max(s.AppliedSequence, entry.Sequence);
        s.Statements++;
        if (s.Name.Length == 0)
            s.Name = statement.SpeakerName;
        if (s.FirstSeen is null || statement.Published < s.FirstSeen) s.FirstSeen = statement.Published;
        if (s.LastSeen is null || statement.Published > s.LastSeen) s.LastSeen = statement.Published;

        if (!entry.IsRelay)
            CollectionsMarshal.GetValueRefOrAddDefault(s.StatementDays!, StanceCalendar.DayNumber(statement.Published), out _)++;

        // A relay is provenance of the statement it repeats: its article and outlet are counted on that statement's day,
        // its stance is not counted again.
        var day = StanceCalendar.DayNumber(entry.OriginalPublished ?? statement.Published);
        var article = SourceKey.Of(statement.ArticleId);
        var outlet = SourceKey.OfOutlet(statement.Outlet);
        foreach (var stance in statement.Stances)
        {
            if (!s.Targets.TryGetValue(stance.TargetId, out var target))
                s.Targets[stance.TargetId] = target = new TargetTally { Name = stance.TargetName, Type = stance.TargetType };
            if (!target.Days.TryGetValue(day, out var tally))
            {
                target.Days[day] = tally = new DayTally();
                _cells++;
            }
            if (!entry.IsRelay)
                tally.Count(stance.Stance, stance.Score, stance.Confidence);
            tally.NoteSource(article, outlet);
        }
    }

    // Back to an actor that has applied nothing, its identity and announced shifts kept: what a replay of the whole log
    // starts from.
    private void ForgetAggregates()
    {
        var s = state.State;
        s.AppliedSequence = 0;
        s.Statements = 0;
        s.FirstSeen = null;
        s.LastSeen = null;
        s.Targets = [];
    }

    private static TargetPosition Position(string targetId, TargetTally tally, IEnumerable<DayTally> days)
    {
        var sum = DayTally.Sum(days);
        return new TargetPosition(targetId, tally.Name, sum.Support, sum.Oppose, sum.Neutral, sum.NetScore);
    }

    /// <summary>One <see cref="RecordAsync"/> call waiting for its batch: what it brought, and how it ends.</summary>
    private sealed class PendingRecord(ActorInfo actor, IReadOnlyList<StatementRecord> statements)
    {
        public ActorInfo Actor => actor;

        public IReadOnlyList<StatementRecord> Statements => statements;

        // Continuations run as their own turns, not inside the batch that completes them.
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
