using Microsoft.Extensions.Logging;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Shifts;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Actors;

/// <summary>
/// One actor: statements go to the append-only log first (the source of truth), then into in-memory aggregates.
/// The aggregate snapshot is written every <see cref="SnapshotEvery"/> new statements and on deactivation, so the
/// cost of recording a statement does not grow with the actor's history; a crash loses nothing because activation
/// replays the log past the snapshot's <see cref="ActorState.AppliedSequence"/>.
/// </summary>
public sealed class ActorGrain(
    [PersistentState("actor", StorageNames.GrainState)] IPersistentState<ActorState> state,
    IStatementLog log,
    ShiftSettings shiftSettings,
    StanceMetrics metrics,
    ILogger<ActorGrain> logger) : Grain, IActorGrain
{
    public const int SnapshotEvery = 64;

    private int _unsnapshotted;

    private string ActorId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
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

    public async Task<int> RecordAsync(ActorInfo actor, IReadOnlyList<StatementRecord> statements)
    {
        try
        {
            return await RecordCoreAsync(actor, statements);
        }
        catch
        {
            // Storage failed part-way: the append may even have committed with the error arriving after COMMIT, and
            // the caller's retry would then find those statements logged and skip them. A fresh activation rebuilds
            // the aggregates from its snapshot plus the log past it, so they count every statement exactly once.
            this.DeactivateOnIdle();
            throw;
        }
    }

    private async Task<int> RecordCoreAsync(ActorInfo actor, IReadOnlyList<StatementRecord> statements)
    {
        var identityChanged = state.State.Name != actor.Name || state.State.Type != actor.Type
            || !state.State.Aliases.SequenceEqual(actor.Aliases);
        if (identityChanged)
        {
            state.State.Name = actor.Name;
            state.State.Type = actor.Type;
            state.State.Aliases = [.. actor.Aliases];
        }

        var appended = await log.AppendAsync(ActorId, statements);
        foreach (var entry in appended)
            Apply(entry);
        _unsnapshotted += appended.Count;
        metrics.StatementsRecorded(appended.Count);
        // Announced shifts are remembered with the next snapshot, not written now: a snapshot write costs the whole
        // aggregate, and the worst a crash can do is announce a shift twice on a live feed (the record is the log).
        await PublishNewShiftsAsync(appended);

        if (identityChanged || _unsnapshotted >= SnapshotEvery)
        {
            await state.WriteStateAsync();
            _unsnapshotted = 0;
        }
        return appended.Count;
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

    public async Task<IReadOnlyList<StancePoint>> GetTimelineAsync(string? target, TimeBucket bucket, DateTimeOffset? from, DateTimeOffset? to) =>
        StanceSeries.Build(await GetDaysAsync(target, from, to), bucket);

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

    public Task<StatementPage> GetStatementsAsync(StatementQuery query) => log.QueryAsync(ActorId, query);

    public async Task<IReadOnlyList<Shift>> GetShiftsAsync(string? target, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        var shifts = new List<Shift>();
        foreach (var (targetId, tally) in TargetsMatching(target))
        {
            foreach (var found in ShiftDetector.Detect(tally.Days, shiftSettings))
            {
                if (found.ChangeDay >= first && found.ChangeDay <= last)
                    shifts.Add(await ToShiftAsync(targetId, tally, found));
            }
        }
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

    private IEnumerable<KeyValuePair<string, TargetTally>> TargetsMatching(string? target) =>
        target is null
            ? state.State.Targets
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
                target.Days[day] = tally = new DayTally();
            if (!entry.IsRelay)
                tally.Count(stance.Stance, stance.Score, stance.Confidence);
            tally.NoteSource(article, outlet);
        }
    }

    private static TargetPosition Position(string targetId, TargetTally tally, IEnumerable<DayTally> days)
    {
        var sum = DayTally.Sum(days);
        return new TargetPosition(targetId, tally.Name, sum.Support, sum.Oppose, sum.Neutral, sum.NetScore);
    }
}
