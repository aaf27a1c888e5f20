using System.Text;
using System.Text.Json;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Model;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Articles;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The generated writers (<see cref="StoredJson"/>) against the serializer with <see cref="StorageJson.Options"/>, which
/// wrote everything stored so far: the same bytes for every statement of both corpora, their variants and both states.
/// </summary>
public sealed class StoredJsonTests
{
    private static void AssertSameBytes<T>(T value)
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);
        var actual = StoredJson.Utf8(value);
        if (!expected.AsSpan().SequenceEqual(actual))
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
    }

    [Fact]
    public void The_ingest_path_types_have_generated_writers()
    {
        // Otherwise StoredJson falls back to the serializer and the comparisons below compare it with itself.
        Assert.True(StoredJson.IsGenerated<StatementRecord>());
        Assert.True(StoredJson.IsGenerated<ActorState>());
        Assert.True(StoredJson.IsGenerated<ArticleState>());
        Assert.False(StoredJson.IsGenerated<int[]>());
    }

    [Fact]
    public void Every_statement_of_both_corpora_is_written_byte_for_byte_as_the_serializer_writes_it()
    {
        var statements = CorpusStatements.Statements;
        Assert.Contains(statements, s => s.Language == "ar" && s.Stances.Count > 0 && s.Via is { Count: > 0 });
        Assert.Contains(statements, s => s.Language == "en" && s.Stances.Count > 0);
        Assert.Contains(statements, s => s.Stances.Any(t => t.Stance == StanceKind.Oppose));
        foreach (var statement in statements)
            AssertSameBytes(statement);
    }

    [Fact]
    public void Statements_with_nulls_empty_lists_relays_and_awkward_text_are_written_as_the_serializer_writes_them()
    {
        var seed = CorpusStatements.Statements.First(s => s.Language == "ar");
        var relays = new RelaySource[]
        {
            new($"{seed.ArticleId}-copy#3", "copy", "الوسط", seed.Published.AddDays(1), 0.8125),
            new("x#0", "x", null, new DateTimeOffset(2015, 7, 21, 23, 59, 59, 999, TimeSpan.FromHours(3)), 1.0),
        };
        var variants = new[]
        {
            seed with { Outlet = null, ArticleTitle = null, RelayedBy = null, Via = null },
            seed with { Stances = [], RelayedBy = [], Via = [] },
            seed with { RelayedBy = relays, Via = ["aljazeera", "new:مصدر"] },
            seed with { Published = new DateTimeOffset(2020, 6, 4, 13, 45, 7, 123, TimeSpan.FromHours(-4)).AddTicks(4567) },
            seed with
            {
                // Everything the encoder escapes or keeps: quotes, backslash, controls, HTML-sensitive marks, letters
                // of several scripts, an emoji (a surrogate pair), a lone surrogate, bidi and zero-width marks.
                Content = "\"quoted\" \\ back\tslash\n<b>&amp;</b> 'single' + ` é ß Ω Ж 中文 😀 \uD800 \u200F\u200B\u0000\u001F\u007F",
                Cue = "قال \u064E\u0651",
                SpeakerName = "Recep Tayyip Erdoğan",
            },
            seed with
            {
                Stances =
                [
                    new TargetStanceRecord("haftar", "خليفة حفتر", "person", StanceKind.Support, 0.1 + 0.2, 1.0 / 3),
                    new TargetStanceRecord("gna", "GNA", "organization", StanceKind.Oppose, -1, 0),
                    new TargetStanceRecord("x", "", "", StanceKind.Neutral, double.Epsilon, 1e-300),
                    new TargetStanceRecord("y", "y", "issue", (StanceKind)42, -0.0, double.MaxValue),
                ],
                ContentStart = int.MaxValue,
                ContentEnd = -1,
            },
        };
        foreach (var variant in variants)
            AssertSameBytes(variant);
    }

    [Fact]
    public void Actor_snapshots_are_written_as_the_serializer_writes_them()
    {
        var empty = new ActorState();
        AssertSameBytes(empty);

        // One actor per speaker of the corpora: names and targets in both scripts, days with sources, shifts announced.
        foreach (var speaker in CorpusStatements.Statements.GroupBy(s => s.SpeakerId).Take(60))
        {
            var state = new ActorState
            {
                Name = speaker.First().SpeakerName,
                Type = "person",
                Aliases = [.. speaker.Select(s => s.SpeakerName).Distinct()],
                AppliedSequence = speaker.Count() * 7L,
                Statements = speaker.Count(),
                FirstSeen = speaker.Min(s => s.Published),
                LastSeen = speaker.Count() > 1 ? speaker.Max(s => s.Published) : null,
            };
            foreach (var statement in speaker)
                foreach (var stance in statement.Stances)
                {
                    if (!state.Targets.TryGetValue(stance.TargetId, out var target))
                        state.Targets[stance.TargetId] = target = new TargetTally { Name = stance.TargetName, Type = stance.TargetType };
                    var day = StanceCalendar.DayNumber(statement.Published);
                    DayTally.Count(target.Days, day, stance.Stance, stance.Score, stance.Confidence);
                    target.Days[day].NoteSource(SourceKey.Of(statement.ArticleId), SourceKey.OfOutlet(statement.Outlet));
                    state.PublishedShifts.Add($"{stance.TargetId}|{day}|neutral→{stance.Stance}");
                }
            AssertSameBytes(state);
        }
    }

    [Fact]
    public void Article_states_of_both_corpora_are_written_as_the_serializer_writes_them()
    {
        AssertSameBytes(new ArticleState());
        foreach (var article in CorpusStatements.Articles)
        {
            var id = ArticleIdentity.For(article);
            var statements = CorpusStatements.Statements.Where(s => s.ArticleId == id).ToList();
            AssertSameBytes(new ArticleState
            {
                Stored = true,
                Title = article.Title,
                Source = article.Source,
                Url = article.Url,
                Published = article.Published ?? default,
                Language = article.Language ?? "",
                Path = null,
                Text = article.Text,
                IngestedAt = new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero),
                StatementIds = [.. statements.Select(s => s.Id)],
                Speakers = [.. statements.Select(s => s.SpeakerId).Distinct()],
                StoredBy = statements.Count > 0 ? "bench" : null,
            });
        }
    }

    [Fact]
    public void The_state_format_writes_and_reads_back_through_the_generated_writer()
    {
        var format = new StanceStateFormat();
        var state = new ArticleState { Stored = true, Title = "ليبيا", Text = "وقال \"نريد\"", StatementIds = ["a#0"], Speakers = ["erdogan"] };
        Assert.Equal(JsonSerializer.Serialize(state, StorageJson.Options), format.Write(state));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options), format.WriteUtf8(state));
        var read = format.Read<ArticleState>(format.Write(state));
        Assert.Equal((state.Title, state.Text, state.StatementIds[0]), (read.Title, read.Text, read.StatementIds[0]));
        // A type without generated code goes through the serializer, with the same options.
        Assert.Equal(JsonSerializer.Serialize(new[] { "ا" }, StorageJson.Options), format.Write(new[] { "ا" }));
    }
}
