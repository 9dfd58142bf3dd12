namespace Calico.Sdk;

public sealed partial class CalicoClusterBuilder
{
    /// <summary>Backend, encapsulation, MTU and address families.</summary>
    /// <param name="configure">Sets network options.</param>
    public CalicoClusterBuilder Network(Action<NetworkBuilder> configure)
    {
        configure(new NetworkBuilder(this));
        return this;
    }

    /// <summary>BGP: AS numbers, peering, route reflection, service advertisement.</summary>
    /// <param name="configure">Sets BGP options.</param>
    public CalicoClusterBuilder Bgp(Action<BgpBuilder> configure)
    {
        configure(new BgpBuilder(this));
        return this;
    }

    /// <summary>Typha.</summary>
    /// <param name="configure">Sets Typha options.</param>
    public CalicoClusterBuilder Typha(Action<TyphaBuilder> configure)
    {
        configure(new TyphaBuilder(this));
        return this;
    }
}

/// <summary>Sets the network options (<see cref="OptionArea.Network"/>).</summary>
public sealed partial class NetworkBuilder : OptionsBuilder<NetworkBuilder>
{
    internal NetworkBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary><c>calico_network_backend</c>. Default <see cref="NetworkBackend.Vxlan"/>.</summary>
    /// <param name="value">The backend.</param>
    [KubesprayVariable("calico_network_backend")]
    public NetworkBuilder Backend(NetworkBackend value) => Set(CalicoOptions.NetworkBackend, value);

    /// <summary><c>calico_ipip_mode</c>. Default <see cref="EncapsulationMode.Never"/>.</summary>
    /// <param name="value">The mode.</param>
    [KubesprayVariable("calico_ipip_mode")]
    public NetworkBuilder Ipip(EncapsulationMode value) => Set(CalicoOptions.IpipMode, value);

    /// <summary><c>calico_vxlan_mode</c>. Default <see cref="EncapsulationMode.Always"/>.</summary>
    /// <param name="value">The mode.</param>
    [KubesprayVariable("calico_vxlan_mode")]
    public NetworkBuilder Vxlan(EncapsulationMode value) => Set(CalicoOptions.VxlanMode, value);
}

/// <summary>Sets the BGP options (<see cref="OptionArea.Bgp"/>).</summary>
public sealed partial class BgpBuilder : OptionsBuilder<BgpBuilder>
{
    internal BgpBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary><c>global_as_num</c>. Default 64512.</summary>
    /// <param name="value">The AS number.</param>
    [KubesprayVariable("global_as_num")]
    public BgpBuilder GlobalAsNumber(AsNumber value) => Set(CalicoOptions.GlobalAsNumber, value);
}

/// <summary>Sets the Typha options (<see cref="OptionArea.Typha"/>).</summary>
public sealed partial class TyphaBuilder : OptionsBuilder<TyphaBuilder>
{
    internal TyphaBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary><c>typha_enabled</c>. Default false.</summary>
    /// <param name="value">True to deploy Typha.</param>
    [KubesprayVariable("typha_enabled")]
    public TyphaBuilder Enabled(bool value = true) => Set(CalicoOptions.TyphaEnabled, value);

    /// <summary><c>typha_replicas</c>. Default 1.</summary>
    /// <param name="value">Replica count.</param>
    [KubesprayVariable("typha_replicas")]
    public TyphaBuilder Replicas(int value) => Set(CalicoOptions.TyphaReplicas, value);
}
