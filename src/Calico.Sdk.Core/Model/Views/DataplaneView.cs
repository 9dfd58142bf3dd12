namespace Calico.Sdk;

/// <summary>The cluster-wide dataplane: eBPF, WireGuard, iptables and nftables options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Dataplane"/>).</summary>
public sealed class DataplaneView
{
    private readonly CalicoCluster _cluster;

    internal DataplaneView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Use the eBPF dataplane; fresh installs then skip kube-proxy. Kubespray variable <c>calico_bpf_enabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool BpfEnabled => _cluster.Get(CalicoOptions.BpfEnabled);

    /// <summary>Log level of the eBPF programs. Kubespray variable <c>calico_bpf_log_level</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>""</c>.</value>
    public BpfLogLevel BpfLogLevel => _cluster.Get(CalicoOptions.BpfLogLevel);

    /// <summary>How eBPF forwards traffic to services from outside: Tunnel or DSR. Kubespray variable <c>calico_bpf_service_mode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Tunnel</c>.</value>
    public BpfServiceMode BpfServiceMode => _cluster.Get(CalicoOptions.BpfServiceMode);

    /// <summary>Encrypt IPv4 pod traffic between nodes with WireGuard. Kubespray variable <c>calico_wireguard_enabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool WireguardEnabled => _cluster.Get(CalicoOptions.WireguardEnabled);

    /// <summary>Packages Kubespray installs for WireGuard; its per-OS vars take precedence over inventory values. Kubespray variable <c>calico_wireguard_packages</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>[] (per-OS vars win: Debian [wireguard]; RedHat, Amazon [wireguard-dkms, wireguard-tools]; EL9, Fedora, openSUSE [wireguard-tools])</c>.</value>
    public EquatableArray<string> WireguardPackages => _cluster.Get(CalicoOptions.WireguardPackages);

    /// <summary>Yum repository Kubespray adds for WireGuard on RedHat-family hosts before version 9. Kubespray variable <c>calico_wireguard_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → copr jdoss/wireguard, epel-&lt;major version&gt;</c>).</value>
    public string? WireguardRepo => _cluster.RefOrNull(CalicoOptions.WireguardRepo);

    /// <summary>Which iptables Felix drives: Legacy, NFT or Auto. Kubespray variable <c>calico_iptables_backend</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Auto</c>.</value>
    public IptablesBackend IptablesBackend => _cluster.Get(CalicoOptions.IptablesBackend);

    /// <summary>Whether Felix programs nftables instead of iptables. Kubespray variable <c>calico_nftable_mode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Disabled</c>.</value>
    public NftablesMode NftablesMode => _cluster.Get(CalicoOptions.NftablesMode);

    /// <summary>Seconds Felix waits for the iptables lock. Kubespray variable <c>calico_iptables_lock_timeout_secs</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>10</c>.</value>
    public int IptablesLockTimeoutSeconds => _cluster.Get(CalicoOptions.IptablesLockTimeoutSeconds);

    /// <summary>Whether Calico's iptables chains go before or after rules already there. Kubespray variable <c>calico_felix_chaininsertmode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Insert</c>.</value>
    public ChainInsertMode ChainInsertMode => _cluster.Get(CalicoOptions.ChainInsertMode);
}
