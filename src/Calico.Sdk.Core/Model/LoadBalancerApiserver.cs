namespace Calico.Sdk;

/// <summary>
/// Kubespray's <c>loadbalancer_apiserver</c>: an external load balancer in front of the API servers. With the eBPF
/// dataplane Calico reaches the API server through it (ConfigMap <c>kubernetes-services-endpoint</c>).
/// </summary>
/// <param name="Address">The <c>address</c> key: IP address or host name of the load balancer.</param>
/// <param name="Port">The <c>port</c> key; null when absent (Kubespray then uses <c>kube_apiserver_port</c>).</param>
/// <param name="Extra">Keys Kubespray does not read, kept in the order written so that they render back.</param>
public sealed record LoadBalancerApiserver(string Address, int? Port = null, EquatableArray<MappingEntry> Extra = default);
