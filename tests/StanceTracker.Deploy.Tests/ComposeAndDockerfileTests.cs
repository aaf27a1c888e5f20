using System.Text.RegularExpressions;
using static StanceTracker.Deploy.Tests.DeployFiles;

namespace StanceTracker.Deploy.Tests;

/// <summary>docker-compose.yml, the Dockerfiles and the systemd units against the repository and the code's settings.</summary>
public sealed partial class ComposeAndDockerfileTests
{
    [Fact]
    public void Compose_runs_redis_postgres_three_silos_and_the_client_host_on_their_settings_ports()
    {
        var services = Map(Compose["services"], "services").ToDictionary(s => (string)s.Key, s => Map(s.Value, (string)s.Key));
        Assert.Equal(["api", "postgres", "redis", "silo1", "silo2", "silo3"], services.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, service) in services.Where(s => At(s.Value, "build") is not null))
        {
            var dockerfile = KubernetesManifestTests.DockerfileOf((string)service["image"]);
            Assert.True(File.Exists(dockerfile), $"{name}: {dockerfile} does not exist");
            Assert.Equal(RepositoryRoot, Path.GetFullPath(Path.Combine(DeployFiles.DeployDirectory, (string)At(service, "build", "context")!)));

            var environment = Instructions(dockerfile).Where(i => i.Instruction == "ENV").SelectMany(i => EnvPairs(i.Arguments))
                .Concat(Map(service["environment"], $"{name}.environment").Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value)));
            var settings = SettingsModel.Effective(environment);
            var published = List(service["ports"], $"{name}.ports").Select(p => int.Parse(((string)p).Split(':')[^1])).ToList();
            var isSilo = ManifestSettingsTests.IsSilo(dockerfile);
            // From outside the compose network an operator reaches the client host's API and each silo's health and metrics.
            Assert.Equal([isSilo ? settings.HealthPort : settings.HttpPort], published);
            Assert.NotEqual(0, published[0]);
            Assert.False(string.IsNullOrEmpty((string?)At(service, "environment", "Stance__Redis")), $"{name}: no Stance__Redis");
            if (isSilo)
                Assert.False(string.IsNullOrEmpty((string?)At(service, "environment", "Stance__Postgres")), $"{name}: no Stance__Postgres");
        }
        // Every silo and the client host join the same cluster.
        Assert.Single(services.Values.Where(s => At(s, "build") is not null).Select(s => (string?)At(s, "environment", "Stance__ClusterId")).Distinct());
    }

    [Fact]
    public void Dockerfiles_copy_real_paths_and_start_the_dll_their_project_builds()
    {
        var dockerfiles = Dockerfiles.ToList();
        Assert.Equal(2, dockerfiles.Count);
        var framework = FrameworkVersion().Match(File.ReadAllText(Path.Combine(RepositoryRoot, "Directory.Build.props"))).Groups[1].Value;
        foreach (var dockerfile in dockerfiles)
        {
            var file = Path.GetFileName(dockerfile);
            Assert.True(File.Exists(dockerfile + ".dockerignore"), $"{file}: no {file}.dockerignore (the context is the whole repository)");
            var instructions = Instructions(dockerfile);
            Assert.Equal([$"mcr.microsoft.com/dotnet/sdk:{framework} AS build", $"mcr.microsoft.com/dotnet/aspnet:{framework}"],
                instructions.Where(i => i.Instruction == "FROM").Select(i => i.Arguments));

            foreach (var copy in instructions.Where(i => i.Instruction == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal)))
            {
                var parts = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var source in parts[..^1])
                {
                    var path = Path.Combine(RepositoryRoot, source);
                    Assert.True(File.Exists(path) || Directory.Exists(path), $"{file}: COPY {source}: no such path in the repository");
                }
            }

            var publish = instructions.Single(i => i.Instruction == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal));
            var project = publish.Arguments.Split(' ')[2];
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, project)), $"{file}: publishes {project}, which does not exist");
            var entry = instructions.Single(i => i.Instruction == "ENTRYPOINT").Arguments;
            Assert.Equal($"[\"dotnet\", \"{AssemblyOf(project)}.dll\"]", entry);
        }
    }

    [Fact]
    public void Systemd_units_start_the_dlls_the_projects_build()
    {
        var hosts = new Dictionary<string, string>
        {
            ["StanceTracker.Silo.dll"] = "src/StanceTracker.Silo/StanceTracker.Silo.csproj",
            ["StanceTracker.Api.dll"] = "src/StanceTracker.Api/StanceTracker.Api.csproj",
        };
        var units = SystemdFiles.Where(f => f.EndsWith(".service", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, units.Count);
        foreach (var unit in units)
        {
            var exec = File.ReadAllLines(unit).Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal));
            var dll = Path.GetFileName(exec.Split(' ')[1]);
            Assert.True(hosts.TryGetValue(dll, out var project), $"{Path.GetFileName(unit)}: starts {dll}, which no host project builds");
            Assert.Equal(dll, AssemblyOf(project) + ".dll");
        }
        // The template unit gives each of the three silos on one machine its own ports.
        var template = File.ReadAllText(Path.Combine(DeployFiles.DeployDirectory, "systemd", "stance-silo@.service"));
        foreach (var option in new[] { "--silo-port", "--gateway-port", "--health-port", "--data" })
            Assert.Matches($@"{option} \S*%i", template);
    }

    [GeneratedRegex(@"<TargetFramework>net(\d+\.\d+)</TargetFramework>")]
    private static partial Regex FrameworkVersion();
}
