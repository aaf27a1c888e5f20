namespace StanceTracker.Abstractions.Statements;

/// <summary>Another article that carried the same statement (a relay): kept as provenance, never counted again.</summary>
[GenerateSerializer, Immutable, Alias("stance.RelaySource")]
public sealed record RelaySource(string StatementId, string ArticleId, string? Outlet, DateTimeOffset Published, double Similarity);
