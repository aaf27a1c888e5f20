using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Statements;

namespace StanceTracker.Grains.Tests;

public sealed class SnapshotFormatTests
{
    private static ActorState Sample()
    {
        var state = new ActorState { Name = "Russia", Type = "state", Aliases = ["Moscow"], AppliedSequence = 42, Statements = 3 };
        var haftar = new TargetTally { Name = "Khalifa Haftar", Type = "person" };
        haftar.Days[737_000] = new DayTally { Support = 2, Neutral = 1, WeightedScore = 0.1 + 0.2, Weight = 2.7, Articles = [-1_106_936_269, 7], Outlets = [int.MaxValue] };
        haftar.Days[737_001] = new DayTally { Oppose = 1, WeightedScore = -1.0 / 3, Weight = 1e-7 };
        state.Targets["haftar"] = haftar;
        return state;
    }

    private static void AssertSame(ActorState expected, ActorState actual)
    {
        Assert.Equal(expected.Targets.Keys, actual.Targets.Keys);
        foreach (var (target, tally) in expected.Targets)
        {
            var read = actual.Targets[target];
            Assert.Equal(tally.Name, read.Name);
            Assert.Equal(tally.Days.Keys.Order(), read.Days.Keys.Order());
            foreach (var (day, counts) in tally.Days)
            {
                var other = read.Days[day];
                Assert.Equal((counts.Support, counts.Oppose, counts.Neutral), (other.Support, other.Oppose, other.Neutral));
                // Bit for bit: the sums behind every net score must come back exactly as they were.
                Assert.Equal(BitConverter.DoubleToInt64Bits(counts.WeightedScore), BitConverter.DoubleToInt64Bits(other.WeightedScore));
                Assert.Equal(BitConverter.DoubleToInt64Bits(counts.Weight), BitConverter.DoubleToInt64Bits(other.Weight));
                Assert.Equal(counts.Articles, other.Articles);
                Assert.Equal(counts.Outlets, other.Outlets);
            }
        }
    }

    [Fact]
    public void A_day_is_written_as_one_array_and_read_back_exactly()
    {
        var format = new StanceStateFormat();
        var payload = format.Write(Sample());
        Assert.Contains("\"737000\":[2,0,1,0.30000000000000004,2.7,[-1106936269,7],[2147483647]]", payload);
        Assert.DoesNotContain("netScore", payload);
        AssertSame(Sample(), format.Read<ActorState>(payload));
    }

    [Fact]
    public void A_snapshot_written_with_named_day_properties_is_still_read()
    {
        // The form every snapshot had before: an object per day with camel-case names and the derived net score.
        const string before = """
            {"name":"Russia","type":"state","aliases":["Moscow"],"appliedSequence":42,"statements":3,"firstSeen":null,"lastSeen":null,
             "targets":{"haftar":{"name":"Khalifa Haftar","type":"person","days":{
               "737000":{"support":2,"oppose":0,"neutral":1,"weightedScore":0.30000000000000004,"weight":2.7,"articles":[-1106936269,7],"outlets":[2147483647],"netScore":0.1111111111111111},
               "737001":{"support":0,"oppose":1,"neutral":0,"weightedScore":-0.3333333333333333,"weight":1E-07,"articles":[],"outlets":[],"netScore":-1}}}},
             "publishedShifts":[]}
            """;
        AssertSame(Sample(), new StanceStateFormat().Read<ActorState>(before));
    }

    [Fact]
    public void A_malformed_day_is_refused_with_the_reason()
    {
        var format = new StanceStateFormat();
        var error = Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            format.Read<ActorState>("""{"targets":{"haftar":{"days":{"737000":[1,2]}}}}"""));
        Assert.Contains("day's tally", error.Message);
    }

    [Fact]
    public async Task Aggregates_from_a_snapshot_in_the_earlier_form_survive_the_upgrade()
    {
        string dataDirectory;
        await using (var first = await StanceCluster.StartAsync())
        {
            dataDirectory = first.DataDirectory;
            await first.Grains.GetGrain<IActorGrain>("russia").RecordAsync(Russia, [
                About("u1", "2020-01-10", "haftar", StanceKind.Support, 0.8),
                About("u2", "2020-01-11", "haftar", StanceKind.Support, 0.6, "art-2"),
                About("u3", "2020-07-10", "haftar", StanceKind.Oppose, -0.8),
            ]);
        } // stopping deactivates the actor, which writes its snapshot

        // Turn the stored snapshot back into the earlier form, as an older release wrote it.
        var database = Path.Combine(dataDirectory, "stance.db");
        using (var db = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            db.Open();
            using var read = db.CreateCommand();
            read.CommandText = "SELECT payload FROM grain_state WHERE state_name = 'actor' AND grain_id LIKE '%russia%'";
            var snapshot = JsonNode.Parse((string)read.ExecuteScalar()!)!;
            foreach (var (_, target) in snapshot["targets"]!.AsObject())
                foreach (var (day, counts) in target!["days"]!.AsObject().ToList())
                {
                    var a = counts!.AsArray();
                    target["days"]![day] = new JsonObject
                    {
                        ["support"] = a[0]!.GetValue<int>(), ["oppose"] = a[1]!.GetValue<int>(), ["neutral"] = a[2]!.GetValue<int>(),
                        ["weightedScore"] = a[3]!.GetValue<double>(), ["weight"] = a[4]!.GetValue<double>(),
                        ["articles"] = a[5]!.DeepClone(), ["outlets"] = a[6]!.DeepClone(), ["netScore"] = 0.5,
                    };
                }
            using var write = db.CreateCommand();
            write.CommandText = "UPDATE grain_state SET payload = $p WHERE state_name = 'actor' AND grain_id LIKE '%russia%'";
            write.Parameters.AddWithValue("$p", snapshot.ToJsonString());
            Assert.Equal(1, write.ExecuteNonQuery());
        }

        await using var second = await StanceCluster.StartAsync(dataDirectory);
        var russia = second.Grains.GetGrain<IActorGrain>("russia");
        Assert.Equal(3, (await russia.GetSummaryAsync())!.Statements);
        var points = await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null);
        Assert.Equal([StanceKind.Support, StanceKind.Oppose], points.Select(p => p.Dominant));
        Assert.Equal([2, 0], points.Select(p => p.Support));
        Assert.Equal([2, 1], points.Select(p => p.Articles));
    }
}
