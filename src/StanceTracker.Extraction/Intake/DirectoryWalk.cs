namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The files of a directory tree to read as articles, sorted by ordinal path so every machine sees the same order.
/// Hidden entries (name starting with '.') are skipped, as are README files, which document a folder of articles
/// rather than being one. Symbolic links to directories are not followed, so a link loop cannot make the walk endless.
/// The "NAME_files" folder a browser saves beside "NAME.html" (the page's scripts, styles and images) is skipped too:
/// it holds no articles, and walking it would report every asset as an unsupported file.
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
                var files = Directory.GetFiles(directory);
                foreach (var file in files)
                {
                    if (!IsSkipped(Path.GetFileName(file)))
                        found.Add(new Entry(file, null));
                }
                var savedPages = files.Where(f => ArticleFileKind.Of(f) == ArticleFileKind.Html)
                    .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
                foreach (var sub in Directory.GetDirectories(directory))
                {
                    var name = Path.GetFileName(sub);
                    if (!name.StartsWith('.') && !IsPageAssets(name, savedPages) && new DirectoryInfo(sub).LinkTarget is null)
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

    private static bool IsPageAssets(string directoryName, HashSet<string?> savedPages)
        => directoryName.EndsWith("_files", StringComparison.Ordinal) && savedPages.Contains(directoryName[..^"_files".Length]);

    private static bool IsSkipped(string name)
        => name.StartsWith('.') || Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase);
}
