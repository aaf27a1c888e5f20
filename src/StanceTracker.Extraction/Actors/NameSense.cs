namespace StanceTracker.Extraction.Actors;

/// <summary>
/// What a phrase of the dictionary means, as the resolver's matcher stores it: an actor's own name (alias), or an office
/// (role title) whose holder depends on the date. When both claim the same words the alias wins: it is undated and explicit.
/// </summary>
internal sealed class NameSense
{
    public ActorEntry? Actor { get; set; }
    public RoleTitle? Role { get; set; }

    /// <summary>The last word of a person's full name ("حفتر" of "خليفة حفتر"), which alone names them later in the article.</summary>
    public string? ShortName { get; set; }
}
