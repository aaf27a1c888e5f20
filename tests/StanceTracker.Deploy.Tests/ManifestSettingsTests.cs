using StanceTracker.Abstractions.Hosting;
using static StanceTracker.Deploy.Tests.DeployFiles;

namespace StanceTracker.Deploy.Tests;

/// <summary>Every YAML file parses, and every setting, variable and option the deploy files use exists in the code.</summary>
public sealed class ManifestSettingsTests
{
    [Fact]
    public void Every_yaml_file_parses()
    {
        var files = Yaml.ToList();
        Assert.Contains(files, f => f.EndsWith("docker-compose.yml", StringComparison.Ordinal));
        Assert.True(files.Count(f => f.Contains($"k8s{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) >= 5, string.Join(", ", files));
        foreach (var file in files)
        {
            var documents = LoadYaml(file);
            Assert.True(documents.Count > 0 && documents.All(d => d is Dictionary<object, object>), $"{file}: every document must be a map");
        }
    }

    [Fact]
    public void Every_Stance_variable_in_deploy_names_a_setting_of_the_code()
    {
        var used = StanceVariables().ToList();
        Assert.True(used.Count >= 20, $"only {used.Count} Stance variables found: is the reader still finding them?");
        foreach (var (file, variable) in used)
        {
            var setting = SettingsModel.SettingOf(variable)!;
            Assert.True(SettingsModel.Properties.ContainsKey(setting),
                $"{file}: {variable} names no property of StanceSettings (known: {string.Join(", ", SettingsModel.Properties.Keys)})");
        }
    }

    [Fact]
    public void Every_command_line_option_in_deploy_is_one_the_hosts_take()
    {
        var options = SystemdFiles.SelectMany(f => File.ReadAllLines(f)
                .Where(l => l.StartsWith("ExecStart=", StringComparison.Ordinal))
                .SelectMany(l => l.Split(' ').Where(t => t.StartsWith("--", StringComparison.Ordinal)))
                .Select(o => (File: Path.GetFileName(f), Option: o)))
            .ToList();
        Assert.NotEmpty(options);
        foreach (var (file, option) in options)
            Assert.True(StanceSettings.SwitchMappings.ContainsKey(option), $"{file}: {option} is not an option of the hosts");
    }

    [Fact]
    public void Every_port_a_dockerfile_exposes_is_the_port_its_settings_give()
    {
        foreach (var dockerfile in Dockerfiles)
        {
            var instructions = Instructions(dockerfile);
            var settings = SettingsModel.Effective(instructions.Where(i => i.Instruction == "ENV").SelectMany(i => EnvPairs(i.Arguments)));
            var exposed = instructions.Where(i => i.Instruction == "EXPOSE")
                .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Order().ToList();
            int[] expected = IsSilo(dockerfile) ? [settings.SiloPort, settings.GatewayPort, settings.HealthPort] : [settings.HttpPort];
            Assert.Equal(expected.Order(), exposed);
            Assert.DoesNotContain(0, exposed);
        }
    }

    internal static bool IsSilo(string dockerfile) => Path.GetFileName(dockerfile).StartsWith("silo", StringComparison.Ordinal);

    /// <summary>Every Stance__ variable the deploy files set, wherever they set it.</summary>
    private static IEnumerable<(string File, string Variable)> StanceVariables()
    {
        var names = new List<(string, string)>();
        foreach (var service in Map(Compose["services"], "services").Values)
            if (At(service, "environment") is Dictionary<object, object> env)
                names.AddRange(env.Keys.Select(k => ("docker-compose.yml", (string)k)));
        foreach (var (file, obj) in Kubernetes)
        {
            foreach (var section in new[] { "data", "stringData" })
                if (At(obj, section) is Dictionary<object, object> data)
                    names.AddRange(data.Keys.Select(k => (file, (string)k)));
            foreach (var container in KubernetesContainers(obj))
                if (At(container, "env") is List<object> env)
                    names.AddRange(env.Select(e => (file, (string)At(e, "name")!)));
        }
        foreach (var dockerfile in Dockerfiles)
            names.AddRange(Instructions(dockerfile).Where(i => i.Instruction == "ENV")
                .SelectMany(i => EnvPairs(i.Arguments)).Select(p => (Path.GetFileName(dockerfile), p.Key)));
        foreach (var unit in SystemdFiles)
            foreach (var line in File.ReadAllLines(unit))
            {
                var assignment = line.StartsWith("Environment=", StringComparison.Ordinal) ? line["Environment=".Length..] : line;
                if (assignment.StartsWith(SettingsModel.Prefix, StringComparison.Ordinal))
                    names.Add((Path.GetFileName(unit), assignment.Split('=')[0]));
            }
        return names.Where(n => n.Item2.StartsWith(SettingsModel.Prefix, StringComparison.Ordinal));
    }

    internal static IEnumerable<Dictionary<object, object>> KubernetesContainers(Dictionary<object, object> obj) =>
        At(obj, "spec", "template", "spec", "containers") is List<object> containers
            ? containers.Select(c => Map(c, "container"))
            : [];
}
