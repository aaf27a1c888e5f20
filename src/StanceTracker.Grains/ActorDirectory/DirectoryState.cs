namespace StanceTracker.Grains.ActorDirectory;

public sealed class DirectoryState
{
    public Dictionary<string, DirectoryEntry> Actors { get; set; } = [];
}

public sealed class DirectoryEntry
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}
