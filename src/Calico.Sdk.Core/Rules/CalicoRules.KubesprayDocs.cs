namespace Calico.Sdk;

// CAL2xxx: rules Kubespray's Calico documentation states but Kubespray does not check.
public static partial class CalicoRules
{
    /// <summary>CAL2001: IPIP encapsulation needs the <c>bird</c> backend.</summary>
    public static readonly Rule IpipNeedsBird = new(
        new FindingDescriptor("CAL2001", FindingSeverity.Error, "IPIP needs the bird backend", "Kubespray"),
        RuleSource.KubesprayDocs,
        "calico_ipip_mode is {0} but calico_network_backend is {1}; IPIP routes are programmed by BIRD, so pods on different hosts cannot reach each other",
        "set calico_network_backend: bird, or calico_ipip_mode: Never (and use VXLAN)",
        [CalicoOptions.IpipMode, CalicoOptions.NetworkBackend],
        ctx =>
        {
            var ipip = ctx.Get(CalicoOptions.IpipMode);
            var backend = ctx.Get(CalicoOptions.NetworkBackend);
            if (ipip != EncapsulationMode.Never && backend != NetworkBackend.Bird)
            {
                ctx.Report(CalicoOptions.IpipMode, ipip, backend.ToString().ToLowerInvariant());
            }
        })
    {
        // From Calico 3.33 Felix programs IPIP routes itself, without BIRD.
        UntilVersion = new CalicoVersion(3, 33, 0),
    };
}
