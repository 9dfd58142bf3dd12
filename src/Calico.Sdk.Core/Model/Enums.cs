namespace Calico.Sdk;

/// <summary>Calico's networking backend (<c>calico_network_backend</c>).</summary>
public enum NetworkBackend
{
    /// <summary><c>bird</c>: BGP with BIRD; needed for IPIP and for unencapsulated (BGP-routed) pools.</summary>
    Bird,

    /// <summary><c>vxlan</c>: VXLAN without BGP (Kubespray's default since 2.19).</summary>
    Vxlan,

    /// <summary><c>none</c>: no Calico networking (policy only).</summary>
    None,
}

/// <summary>An IP pool's IPIP or VXLAN mode (<c>calico_ipip_mode</c>, <c>calico_vxlan_mode</c> and their IPv6 forms).</summary>
public enum EncapsulationMode
{
    /// <summary><c>Always</c>: encapsulate all traffic between hosts.</summary>
    Always,

    /// <summary><c>CrossSubnet</c>: encapsulate only traffic that crosses a subnet boundary.</summary>
    CrossSubnet,

    /// <summary><c>Never</c>: do not use this encapsulation.</summary>
    Never,
}

/// <summary>Calico's datastore (<c>calico_datastore</c>).</summary>
public enum CalicoDatastore
{
    /// <summary><c>kdd</c>: the Kubernetes API (Kubespray's default).</summary>
    Kdd,

    /// <summary><c>etcd</c>: a dedicated etcd cluster.</summary>
    Etcd,
}
