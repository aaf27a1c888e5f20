namespace StanceTracker.Abstractions.Statements;

[GenerateSerializer, Immutable, Alias("stance.StatementPage")]
public sealed record StatementPage(IReadOnlyList<StatementRecord> Items, int Total, int Page, int PageSize);
