using Orleans.Hosting.Kubernetes;
using StanceTracker.Abstractions.Hosting;
using static StanceTracker.Deploy.Tests.DeployFiles;

namespace StanceTracker.Deploy.Tests;

/// <summary>The Kubernetes manifests against the code: ports, probes, what Orleans' Kubernetes hosting reads, RBAC, images.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly List<(string File, Dictionary<object, object> Object)> Objects = Kubernetes;

    [Fact]
    public void Container_ports_and_probes_match_the_settings_each_container_runs_with()
    {
        var deployments = Objects.Where(o => (string?)At(o.Object, "kind") == "Deployment").ToList();
        Assert.Equal(["stance-api", "stance-silo"], deployments.Select(d => (string)At(d.Object, "metadata", "name")!).Order(StringComparer.Ordinal));
        foreach (var (file, deployment) in deployments)
        {
            var container = Assert.Single(ManifestSettingsTests.KubernetesContainers(deployment));
            var settings = SettingsModel.Effective(EnvironmentOf(container));
            var isSilo = Name(deployment) == "Deployment/stance-silo";
            var expected = isSilo
                ? new Dictionary<string, int> { ["silo"] = settings.SiloPort, ["gateway"] = settings.GatewayPort, ["health"] = settings.HealthPort }
                : new Dictionary<string, int> { ["http"] = settings.HttpPort };
            var ports = List(container["ports"], "ports").ToDictionary(p => (string)At(p, "name")!, p => int.Parse((string)At(p, "containerPort")!));
            Assert.Equal(expected.OrderBy(p => p.Key), ports.OrderBy(p => p.Key));
            Assert.True(ports.Values.All(p => p > 0), $"{file}: a port is 0 (a silo's health port must be set for its probes)");
            Assert.False(HttpListenUrl.IsLoopback(settings.HttpHost), $"{file}: a pod's HTTP listener on loopback cannot be probed");

            var probePort = isSilo ? "health" : "http";
            Assert.Equal("/health/ready", At(container, "readinessProbe", "httpGet", "path"));
            Assert.Equal(probePort, At(container, "readinessProbe", "httpGet", "port"));
            Assert.Equal("/health/live", At(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal(probePort, At(container, "livenessProbe", "httpGet", "port"));
        }
    }

    [Fact]
    public void Services_point_at_ports_their_pods_have()
    {
        var services = Objects.Where(o => (string?)At(o.Object, "kind") == "Service").ToList();
        Assert.True(services.Count >= 2);
        foreach (var (file, service) in services)
        {
            var selector = Map(At(service, "spec", "selector"), "selector");
            var pods = Objects.Where(o => (string?)At(o.Object, "kind") == "Deployment"
                && selector.All(s => (string?)At(o.Object, "spec", "template", "metadata", "labels", (string)s.Key) == (string)s.Value)).ToList();
            var deployment = Assert.Single(pods).Object;
            var portNames = ManifestSettingsTests.KubernetesContainers(deployment)
                .SelectMany(c => List(c["ports"], "ports")).Select(p => (string)At(p, "name")!).ToHashSet();
            foreach (var port in List(At(service, "spec", "ports"), "ports"))
                Assert.True(portNames.Contains((string)At(port, "targetPort")!), $"{file}: {Name(service)} targets {At(port, "targetPort")}, which {Name(deployment)} does not have");
        }
    }

    [Fact]
    public void Silo_pods_give_Orleans_Kubernetes_hosting_what_it_reads()
    {
        var silo = Objects.Single(o => Name(o.Object) == "Deployment/stance-silo").Object;
        var container = Assert.Single(ManifestSettingsTests.KubernetesContainers(silo));
        var env = List(container["env"], "env").ToDictionary(e => (string)At(e, "name")!, e => e);
        foreach (var variable in new[]
        {
            KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
            KubernetesHostingOptions.PodIPEnvironmentVariable, KubernetesHostingOptions.ServiceIdEnvironmentVariable,
            KubernetesHostingOptions.ClusterIdEnvironmentVariable,
        })
            Assert.True(env.ContainsKey(variable), $"silo.yaml: {variable} is not set");
        Assert.Equal("true", At(env["Stance__Kubernetes"], "value"));

        // The ids come from the pod's labels; they must be the ones the client host joins with.
        var labels = Map(At(silo, "spec", "template", "metadata", "labels"), "labels");
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']",
            At(env[KubernetesHostingOptions.ServiceIdEnvironmentVariable], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']",
            At(env[KubernetesHostingOptions.ClusterIdEnvironmentVariable], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal(StanceSettings.ServiceId, labels[KubernetesHostingOptions.ServiceIdLabel]);
        var configMap = Objects.Single(o => (string?)At(o.Object, "kind") == "ConfigMap").Object;
        Assert.Equal(labels[KubernetesHostingOptions.ClusterIdLabel], At(configMap, "data", "Stance__ClusterId"));

        // Both deployments read the shared settings and secrets, and the silo the Redis membership it needs in pods.
        var secret = Objects.Single(o => (string?)At(o.Object, "kind") == "Secret").Object;
        Assert.True(Map(At(secret, "stringData"), "stringData").ContainsKey("Stance__Redis"));
        foreach (var deployment in Objects.Where(o => (string?)At(o.Object, "kind") == "Deployment"))
        {
            var sources = List(At(ManifestSettingsTests.KubernetesContainers(deployment.Object).Single(), "envFrom"), "envFrom");
            Assert.Contains(sources, s => (string?)At(s, "configMapRef", "name") == (string?)At(configMap, "metadata", "name"));
            Assert.Contains(sources, s => (string?)At(s, "secretRef", "name") == (string?)At(secret, "metadata", "name"));
        }
    }

    [Fact]
    public void The_silo_service_account_may_watch_and_patch_pods()
    {
        var silo = Objects.Single(o => Name(o.Object) == "Deployment/stance-silo").Object;
        var account = (string)At(silo, "spec", "template", "spec", "serviceAccountName")!;
        Assert.Contains(Objects, o => Name(o.Object) == $"ServiceAccount/{account}");
        var binding = Objects.Single(o => (string?)At(o.Object, "kind") == "RoleBinding"
            && List(At(o.Object, "subjects"), "subjects").Any(s => (string?)At(s, "name") == account)).Object;
        var role = Objects.Single(o => Name(o.Object) == $"Role/{At(binding, "roleRef", "name")}").Object;
        var podRule = List(At(role, "rules"), "rules").Single(r => List(At(r, "resources"), "resources").Contains("pods"));
        // The verbs Orleans' Kubernetes hosting names in its own error message when it lacks them.
        foreach (var verb in new[] { "get", "watch", "list", "patch" })
            Assert.Contains(verb, List(At(podRule, "verbs"), "verbs"));
    }

    [Fact]
    public void Every_image_is_one_the_repository_builds()
    {
        var built = Map(Compose["services"], "services").Values
            .Where(s => At(s, "build") is not null).Select(s => (string)At(s, "image")!).ToHashSet();
        Assert.Equal(2, built.Count);
        var images = Objects.SelectMany(o => ManifestSettingsTests.KubernetesContainers(o.Object)).Select(c => (string)c["image"]).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Contains(image, built));
    }

    // The environment a container sees, in Kubernetes' order: envFrom sources, then env entries.
    private static IEnumerable<KeyValuePair<string, string>> EnvironmentOf(Dictionary<object, object> container)
    {
        var image = (string)container["image"];
        var dockerfile = DockerfileOf(image);
        foreach (var pair in Instructions(dockerfile).Where(i => i.Instruction == "ENV").SelectMany(i => EnvPairs(i.Arguments)))
            yield return pair;
        if (At(container, "envFrom") is List<object> sources)
            foreach (var source in sources)
            {
                var (kind, name) = At(source, "configMapRef") is { } c ? ("ConfigMap", (string)At(c, "name")!) : ("Secret", (string)At(source, "secretRef", "name")!);
                var obj = Objects.Single(o => Name(o.Object) == $"{kind}/{name}").Object;
                var data = Map(At(obj, kind == "ConfigMap" ? "data" : "stringData"), $"{kind}/{name}");
                foreach (var (key, value) in data)
                    yield return new((string)key, (string)value);
            }
        if (At(container, "env") is List<object> env)
            foreach (var entry in env)
                if (At(entry, "value") is string value)
                    yield return new((string)At(entry, "name")!, value);
    }

    internal static string DockerfileOf(string image)
    {
        // Several services may build the same image (the three silos): they must build it from one Dockerfile.
        var dockerfiles = Map(Compose["services"], "services").Values
            .Where(s => (string?)At(s, "image") == image && At(s, "build") is not null)
            .Select(s => Path.GetFullPath(Path.Combine(DeployFiles.DeployDirectory, (string)At(s, "build", "context")!, (string)At(s, "build", "dockerfile")!)))
            .Distinct().ToList();
        Assert.True(dockerfiles.Count == 1, $"image {image} is built from {dockerfiles.Count} Dockerfiles in docker-compose.yml: {string.Join(", ", dockerfiles)}");
        return dockerfiles[0];
    }
}
