namespace StanceTracker.Cluster.Tests.Servers;

/// <summary>
/// One collection: the tests share the servers and run one after another, because one of them restarts PostgreSQL
/// and each starts several silos on a two-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterServers>
{
    public const string Name = "cluster";
}
