#:package Calico.Sdk@0.1.0
#:property PublishAot=false
// A whole cluster in one C# file, no project: a .NET 10 file-based app.
//
//   dotnet pack src/Calico.Sdk.Core -c Release -o artifacts     (from the repository root; the local feed that
//   dotnet pack src/Calico.Sdk -c Release -o artifacts           nuget.config beside this file points at)
//   cd samples/ScriptCluster && dotnet run cluster.cs
//
// Calico.Sdk's analyzers come with the package: the build already reports the line marked below, with the same code
// and message as the runtime validator that runs afterwards.
using Calico.Sdk;

var cluster = CalicoCluster.Define()
    .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
    .Bgp(b => b.GlobalAsNumber(65400))
    // Intentionally invalid: DROP blocks pod-to-host traffic, so the build shows warning CAL2013 on this line.
    .Felix(f => f.EndpointToHostAction(EndpointToHostAction.Drop))
    .Nodes(n => n
        .Host("node1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())
        .Host("node2", "10.0.0.2", h => h.Worker()))
    .Build();

foreach (var finding in cluster.Validate().Findings)
{
    Console.WriteLine(finding);
}
