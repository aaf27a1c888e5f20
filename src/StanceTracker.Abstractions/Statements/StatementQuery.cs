namespace StanceTracker.Abstractions.Statements;

/// <summary>Which of an actor's statements to return: about a target, within [From, To] (days, inclusive), one page.</summary>
[GenerateSerializer, Immutable, Alias("stance.StatementQuery")]
public sealed record StatementQuery(
    string? Target = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = 50);
