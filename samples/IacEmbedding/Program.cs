// An IaC-style program that embeds Calico.Sdk: it describes the cluster in C#, takes the Calico resources in memory
// and declares each one as a resource of its own (tiny) deployment engine, with dependencies in apply order. Pulumi,
// CDK-style tools and in-house engines work the same way; docs/iac.md shows the Pulumi version.
using System.Text.Json.Nodes;
using Calico.Sdk;
using Calico.Sdk.Resources;

var cluster = CalicoCluster.Define()
    .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
    .Bgp(b => b.GlobalAsNumber(65400))
    .Nodes(n => n
        .Host("rr0", "10.210.1.10", h => h.RouteReflector())
        .Host("rr1", "10.210.1.11", h => h.RouteReflector())
        .Host("node2", "10.210.1.12", h => h.ControlPlane().Etcd().Worker())
        .Host("node3", "10.210.1.13", h => h.ControlPlane().Etcd().Worker())
        .Host("node4", "10.210.1.14", h => h.Etcd().Worker())
        .Group("rack0", g => g.Hosts("rr0", "rr1", "node2", "node3", "node4").ClusterId("1.0.0.1").RouteReflectorId("rr1").GroupId("rr1")))
    .Build();

// Validation runs inside Calico(): an invalid model throws CalicoConfigurationException listing every finding, so a
// deployment never starts from a configuration Calico would reject.
CalicoResourceSet calico = cluster.Calico(new CalicoRenderOptions { ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 });

var stack = new Stack("calico");
Declared? previous = null;
foreach (var obj in calico.Objects)
{
    // Each object depends on the one before it: the set is already in an order that applies cleanly (peers before the
    // BGPConfiguration that turns the full mesh off).
    previous = stack.Declare(obj, dependsOn: previous);
}

// Typed access, as an IaC program would use for outputs or for wiring other resources.
stack.Export("podCidrs", string.Join(",", calico.Resources.IPPools.Select(p => p.Spec.Cidr)));
stack.Export("routeReflectors", string.Join(",", calico.Resources.Nodes.Where(n => n.Metadata.Labels?.ContainsKey("i-am-a-route-reflector") == true).Select(n => n.Metadata.Name)));
stack.Export("calicoNodeIpAutodetection", calico.Resources.CalicoNode["IP_AUTODETECTION_METHOD"] ?? string.Empty);

Console.Write(stack.Preview());
return 0;

/// <summary>A resource as an IaC engine keeps it: a stable identity, its desired state and what it depends on (Kind/name).</summary>
internal sealed record Declared(string Urn, string ApiVersion, string Kind, string? Namespace, string Name, JsonObject Properties, string? DependsOn);

/// <summary>A minimal deployment engine: declared resources and outputs, and a preview of what a deployment would do.</summary>
internal sealed class Stack(string name)
{
    private readonly List<Declared> _resources = [];
    private readonly List<(string Key, string Value)> _outputs = [];

    public Declared Declare(IKubernetesResource resource, Declared? dependsOn)
    {
        // The engine stores plain JSON, exactly what a Kubernetes provider sends to the API server.
        var properties = ManifestSerializer.ToJsonNode(resource);
        var ns = resource.Metadata.Namespace;
        var urn = $"urn:{name}:{resource.ApiVersion}/{resource.Kind}:{(ns is null ? string.Empty : ns + "/")}{resource.Metadata.Name}";
        var declared = new Declared(urn, resource.ApiVersion, resource.Kind, ns, resource.Metadata.Name, properties, dependsOn is null ? null : $"{dependsOn.Kind}/{dependsOn.Name}");
        _resources.Add(declared);
        return declared;
    }

    public void Export(string key, string value) => _outputs.Add((key, value));

    public string Preview()
    {
        var lines = new List<string> { $"Previewing stack '{name}': {_resources.Count} resources to create" };
        foreach (var r in _resources)
        {
            var fields = r.Properties["spec"] is JsonObject spec ? spec.Count : r.Properties["data"] is JsonObject data ? data.Count : 0;
            lines.Add($"  + {r.Kind,-20} {(r.Namespace is null ? string.Empty : r.Namespace + "/")}{r.Name,-28} ({fields} fields){(r.DependsOn is null ? string.Empty : "  after " + r.DependsOn)}");
        }

        lines.Add("Outputs:");
        lines.AddRange(_outputs.Select(o => $"  {o.Key}: {o.Value}"));
        return string.Join("\n", lines) + "\n";
    }
}
