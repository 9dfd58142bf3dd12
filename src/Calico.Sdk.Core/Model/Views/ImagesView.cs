namespace Calico.Sdk;

/// <summary>The cluster-wide versions, images and downloads options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Images"/>).</summary>
public sealed class ImagesView
{
    private readonly CalicoCluster _cluster;

    internal ImagesView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Calico release to install; Kubespray accepts 3.29.0 to 3.31.7. Kubespray variable <c>calico_version</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>3.31.7</c>.</value>
    public string Version => _cluster.Get(CalicoOptions.CalicoVersion);

    /// <summary>calicoctl release to download. Kubespray variable <c>calico_ctl_version</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_version</c>).</value>
    public string? CalicoctlVersion => _cluster.RefOrNull(CalicoOptions.CalicoctlVersion);

    /// <summary>Release of the calico/cni image. Kubespray variable <c>calico_cni_version</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_version</c>).</value>
    public string? CniVersion => _cluster.RefOrNull(CalicoOptions.CniVersion);

    /// <summary>Release of the calico/kube-controllers image. Kubespray variable <c>calico_policy_version</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_version</c>).</value>
    public string? PolicyVersion => _cluster.RefOrNull(CalicoOptions.PolicyVersion);

    /// <summary>Release of the calico/typha image. Kubespray variable <c>calico_typha_version</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_version</c>).</value>
    public string? TyphaVersion => _cluster.RefOrNull(CalicoOptions.TyphaVersion);

    /// <summary>Release of the calico/apiserver image. Kubespray variable <c>calico_apiserver_version</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_version</c>).</value>
    public string? ApiserverVersion => _cluster.RefOrNull(CalicoOptions.ApiserverVersion);

    /// <summary>Repository of the calico/node image. Kubespray variable <c>calico_node_image_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;quay_image_repo&gt;/calico/node</c>).</value>
    public string? NodeImageRepo => _cluster.RefOrNull(CalicoOptions.NodeImageRepo);

    /// <summary>Tag of the calico/node image. Kubespray variable <c>calico_node_image_tag</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → v&lt;calico_version&gt;</c>).</value>
    public string? NodeImageTag => _cluster.RefOrNull(CalicoOptions.NodeImageTag);

    /// <summary>Repository of the calico/cni image. Kubespray variable <c>calico_cni_image_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;quay_image_repo&gt;/calico/cni</c>).</value>
    public string? CniImageRepo => _cluster.RefOrNull(CalicoOptions.CniImageRepo);

    /// <summary>Tag of the calico/cni image. Kubespray variable <c>calico_cni_image_tag</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → v&lt;calico_cni_version&gt;</c>).</value>
    public string? CniImageTag => _cluster.RefOrNull(CalicoOptions.CniImageTag);

    /// <summary>Repository of the calico/kube-controllers image. Kubespray variable <c>calico_policy_image_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;quay_image_repo&gt;/calico/kube-controllers</c>).</value>
    public string? PolicyImageRepo => _cluster.RefOrNull(CalicoOptions.PolicyImageRepo);

    /// <summary>Tag of the calico/kube-controllers image. Kubespray variable <c>calico_policy_image_tag</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → v&lt;calico_policy_version&gt;</c>).</value>
    public string? PolicyImageTag => _cluster.RefOrNull(CalicoOptions.PolicyImageTag);

    /// <summary>Repository of the calico/typha image. Kubespray variable <c>calico_typha_image_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;quay_image_repo&gt;/calico/typha</c>).</value>
    public string? TyphaImageRepo => _cluster.RefOrNull(CalicoOptions.TyphaImageRepo);

    /// <summary>Tag of the calico/typha image. Kubespray variable <c>calico_typha_image_tag</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → v&lt;calico_typha_version&gt;</c>).</value>
    public string? TyphaImageTag => _cluster.RefOrNull(CalicoOptions.TyphaImageTag);

    /// <summary>Repository of the calico/apiserver image. Kubespray variable <c>calico_apiserver_image_repo</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;quay_image_repo&gt;/calico/apiserver</c>).</value>
    public string? ApiserverImageRepo => _cluster.RefOrNull(CalicoOptions.ApiserverImageRepo);

    /// <summary>Tag of the calico/apiserver image. Kubespray variable <c>calico_apiserver_image_tag</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → v&lt;calico_apiserver_version&gt;</c>).</value>
    public string? ApiserverImageTag => _cluster.RefOrNull(CalicoOptions.ApiserverImageTag);

    /// <summary>Where Kubespray downloads calicoctl from (offline mirrors). Kubespray variable <c>calicoctl_download_url</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → GitHub release calicoctl-linux-&lt;arch&gt; of calico_ctl_version</c>).</value>
    public string? CalicoctlDownloadUrl => _cluster.RefOrNull(CalicoOptions.CalicoctlDownloadUrl);

    /// <summary>Where Kubespray downloads Calico's CRD manifest from (kdd; offline mirrors). Kubespray variable <c>calico_crds_download_url</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → GitHub raw manifests/crds.yaml of calico_version</c>).</value>
    public string? CrdsDownloadUrl => _cluster.RefOrNull(CalicoOptions.CrdsDownloadUrl);

    /// <summary>Checksum the calicoctl download must match. Kubespray variable <c>calicoctl_binary_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → Kubespray's checksum table for image_arch and calico_ctl_version</c>).</value>
    public string? CalicoctlBinaryChecksum => _cluster.RefOrNull(CalicoOptions.CalicoctlBinaryChecksum);

    /// <summary>Digest the calico/node image must match. Kubespray variable <c>calico_node_digest_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (not checked)</c>).</value>
    public string? NodeDigestChecksum => _cluster.RefOrNull(CalicoOptions.NodeDigestChecksum);

    /// <summary>Digest the calico/cni image must match. Kubespray variable <c>calico_cni_digest_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (not checked)</c>).</value>
    public string? CniDigestChecksum => _cluster.RefOrNull(CalicoOptions.CniDigestChecksum);

    /// <summary>Digest the calico/kube-controllers image must match. Kubespray variable <c>calico_policy_digest_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (not checked)</c>).</value>
    public string? PolicyDigestChecksum => _cluster.RefOrNull(CalicoOptions.PolicyDigestChecksum);

    /// <summary>Digest the calico/typha image must match. Kubespray variable <c>calico_typha_digest_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (not checked)</c>).</value>
    public string? TyphaDigestChecksum => _cluster.RefOrNull(CalicoOptions.TyphaDigestChecksum);

    /// <summary>Digest the calico/apiserver image must match. Kubespray variable <c>calico_apiserver_digest_checksum</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (not checked)</c>).</value>
    public string? ApiserverDigestChecksum => _cluster.RefOrNull(CalicoOptions.ApiserverDigestChecksum);

    /// <summary>Registry Calico's images come from; the prefix of every calico_*_image_repo. Kubespray variable <c>quay_image_repo</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>quay.io</c>.</value>
    public string QuayImageRepo => _cluster.Get(CalicoOptions.QuayImageRepo);

    /// <summary>imagePullPolicy of Calico's containers. Kubespray variable <c>k8s_image_pull_policy</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>IfNotPresent</c>.</value>
    public ImagePullPolicy PullPolicy => _cluster.Get(CalicoOptions.ImagePullPolicy);
}
