using StanceTracker.Abstractions.Actors;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>
/// The PostgreSQL actor catalog under concurrent registration. The directory grain is reentrant, so with hundreds of
/// articles in flight it saves overlapping sets of actors at once; each save locks its rows in the order it meets them,
/// and two saves meeting shared actors in opposite orders deadlocked (40P01), which failed the articles that carried
/// them (found by the benchmark's Redis and PostgreSQL cluster profile, 512 articles in flight on a fresh database).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresActorCatalogTests(ClusterServers servers)
{
    [Fact]
    public async Task Overlapping_saves_in_opposite_orders_all_commit()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var catalog = new PostgresActorCatalog(postgres);
        await catalog.LoadAllAsync(); // the schema, before the race

        // Sixteen saves of the same 200 actors, half in one order and half in the other, each renaming them, all at once:
        // every pair of opposite-order saves contends for every row.
        var actors = Enumerable.Range(0, 200).Select(i => $"actor-{i:D3}").ToList();
        var saves = Enumerable.Range(0, 16).Select(round =>
        {
            var order = round % 2 == 0 ? actors : Enumerable.Reverse(actors);
            return Task.Run(() => catalog.SaveAsync(
                [.. order.Select(id => new ActorInfo(id, $"{id} name {round}", "person", [$"{id} alias"]))]));
        }).ToList();
        await Task.WhenAll(saves);

        var saved = await catalog.LoadAllAsync();
        Assert.Equal(actors, saved.Select(a => a.Id).Order(StringComparer.Ordinal));
        // Each row is one save's whole version, never a mix.
        Assert.All(saved, a => Assert.Matches($"^{a.Id} name \\d+$", a.Name));
    }

    [Fact]
    public async Task A_set_naming_one_actor_twice_keeps_the_last()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var catalog = new PostgresActorCatalog(postgres);

        await catalog.SaveAsync([new ActorInfo("sarraj", "Fayez al-Sarraj", "person", []), new ActorInfo("sarraj", "Fayez Mustafa al-Sarraj", "person", ["السراج"])]);

        var saved = Assert.Single(await catalog.LoadAllAsync());
        Assert.Equal("Fayez Mustafa al-Sarraj", saved.Name);
        Assert.Equal(["السراج"], saved.Aliases);
    }
}
