namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>A scratch directory for one test, deleted afterwards.</summary>
internal sealed class IntakeTempDir : IDisposable
{
    public IntakeTempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "stancetracker-intake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
