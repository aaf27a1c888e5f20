namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The files of a directory tree to read as articles, sorted by ordinal path so every machine sees the same order.
/// Hidden entries (name starting with '.') are skipped, as are README files, which document a folder of articles
/// rather than being one. Symbolic links to directories are not followed, so a link loop cannot make the walk endless.
/// A directory that cannot be listed becomes a problem entry instead of ending the walk.
/// </summary>
internal static class DirectoryWalk
{
    public readonly record struct Entry(string Path, string? Problem);

    public static IReadOnlyList<Entry> Files(string root)
    {
        var found = new List<Entry>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                foreach (var file in Directory.GetFiles(directory))
                {
                    if (!IsSkipped(Path.GetFileName(file)))
                        found.Add(new Entry(file, null));
                }
                foreach (var sub in Directory.GetDirectories(directory))
                {
                    if (!Path.GetFileName(sub).StartsWith('.') && new DirectoryInfo(sub).LinkTarget is null)
                        pending.Push(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                found.Add(new Entry(directory, $"cannot list the directory: {ex.Message}"));
            }
        }
        found.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return found;
    }

    private static bool IsSkipped(string name)
        => name.StartsWith('.') || Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase);
}
