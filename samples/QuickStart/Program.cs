// Quick start: the route-reflector example of Kubespray's Calico documentation, described in C#,
// validated, summarised, and written out as a Kubespray inventory and as the Calico resources Kubespray would create.
//
//   dotnet run --project samples/QuickStart -- [output folder]     (default: out/quickstart-inventory)
using Calico.Sdk;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Output;
using Calico.Sdk.Resources;

var outputFolder = args.Length > 0 ? args[0] : Path.Combine("out", "quickstart-inventory");

var cluster = CalicoCluster.Define()
    .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
    .Bgp(b => b.GlobalAsNumber(65400))
    .Nodes(n => n
        .Host("rr0", "10.210.1.10", h => h.RouteReflector())
        .Host("rr1", "10.210.1.11", h => h.RouteReflector())
        .Host("node2", "10.210.1.12", h => h.ControlPlane().Etcd().Worker())
        .Host("node3", "10.210.1.13", h => h.ControlPlane().Etcd().Worker())
        .Host("node4", "10.210.1.14", h => h.Etcd().Worker())
        .Host("node5", "10.210.1.15", h => h.Worker())
        .Group("rack0", g => g
            .Hosts("rr0", "rr1", "node2", "node3", "node4", "node5")
            .ClusterId("1.0.0.1")
            .RouteReflectorId("rr1")
            .GroupId("rr1")))
    .Build();

// Validate: every rule at once (Kubespray's asserts, its documented rules, Calico's API rules, design rules).
var report = cluster.Validate();
Console.Write(ClusterDescription.ToText(cluster, report.Findings));
if (report.HasErrors)
{
    Console.Error.WriteLine("The cluster has errors; nothing was written.");
    return 1;
}

var written = cluster.Kubespray().WriteTo(outputFolder);
Console.WriteLine();
Console.WriteLine($"Wrote {written.Count} files to {outputFolder}:");
foreach (var path in written)
{
    Console.WriteLine("  " + Path.GetRelativePath(outputFolder, path));
}

// The Calico resources Kubespray's Calico role would create for this inventory, for calicoctl (projectcalico.org/v3).
var resourcesFolder = outputFolder + "-calico";
var resources = cluster.Calico().Render().WriteTo(resourcesFolder);
Console.WriteLine();
Console.WriteLine($"Wrote {resources.Count} files to {resourcesFolder}:");
foreach (var path in resources)
{
    Console.WriteLine("  " + Path.GetRelativePath(resourcesFolder, path));
}

return 0;
