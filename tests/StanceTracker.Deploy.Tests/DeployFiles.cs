using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace StanceTracker.Deploy.Tests;

/// <summary>The files under deploy/, read as an operator's tools would read them.</summary>
public static class DeployFiles
{
    public static readonly string RepositoryRoot = FindRoot();
    public static readonly string DeployDirectory = Path.Combine(RepositoryRoot, "deploy");

    public static IEnumerable<string> Yaml =>
        Directory.EnumerateFiles(DeployDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> Dockerfiles => Directory.EnumerateFiles(Path.Combine(DeployDirectory, "docker"), "*.Dockerfile").Order(StringComparer.Ordinal);

    public static IEnumerable<string> SystemdFiles => Directory.EnumerateFiles(Path.Combine(DeployDirectory, "systemd")).Order(StringComparer.Ordinal);

    /// <summary>Every document of a YAML file as plain maps, lists and strings; merge keys (&lt;&lt;: *anchor) resolved as Compose does.</summary>
    public static List<object?> LoadYaml(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        parser.Consume<StreamStart>();
        var documents = new List<object?>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<object?>(parser));
        return documents;
    }

    public static Dictionary<object, object> Compose => (Dictionary<object, object>)LoadYaml(Path.Combine(DeployDirectory, "docker-compose.yml")).Single()!;

    /// <summary>Every Kubernetes object in deploy/k8s, with the file it came from.</summary>
    public static List<(string File, Dictionary<object, object> Object)> Kubernetes =>
        [.. Directory.EnumerateFiles(Path.Combine(DeployDirectory, "k8s"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => LoadYaml(f).OfType<Dictionary<object, object>>().Select(o => (Path.GetFileName(f), o)))];

    public static Dictionary<object, object> Map(object? node, string what) =>
        node as Dictionary<object, object> ?? throw new InvalidDataException($"{what} is not a map");

    public static List<object> List(object? node, string what) =>
        node as List<object> ?? throw new InvalidDataException($"{what} is not a list");

    public static object? At(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not Dictionary<object, object> map || !map.TryGetValue(key, out node))
                return null;
        }
        return node;
    }

    public static string Name(Dictionary<object, object> k8sObject) => $"{At(k8sObject, "kind")}/{At(k8sObject, "metadata", "name")}";

    /// <summary>"Dockerfile" instructions with continuation lines joined: (INSTRUCTION, arguments).</summary>
    public static List<(string Instruction, string Arguments)> Instructions(string dockerfile)
    {
        var result = new List<(string, string)>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(dockerfile))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') && pending.Length == 0 || line.Length == 0) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var full = pending + line;
            pending = "";
            var space = full.IndexOf(' ');
            result.Add((full[..space].ToUpperInvariant(), full[(space + 1)..].Trim()));
        }
        return result;
    }

    /// <summary>KEY=VALUE pairs of a Dockerfile ENV (new form, several per instruction).</summary>
    public static IEnumerable<KeyValuePair<string, string>> EnvPairs(string arguments) =>
        arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : ""));

    /// <summary>The project a path like src/X/X.csproj names, and the assembly it builds.</summary>
    public static string AssemblyOf(string projectPath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, projectPath));
        var match = System.Text.RegularExpressions.Regex.Match(text, "<AssemblyName>([^<]+)</AssemblyName>");
        return match.Success ? match.Groups[1].Value : Path.GetFileNameWithoutExtension(projectPath);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StanceTracker.sln")))
                return dir.FullName;
        throw new InvalidOperationException("StanceTracker.sln not found above the test directory");
    }
}
