using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Resources;

public class CalicoApiGroupsTests
{
    [Fact]
    public void The_storage_form_carries_the_v3_metadata_in_an_annotation()
    {
        var pool = new IPPool
        {
            Metadata = new ObjectMeta("p") { Labels = StringMap.Of(("team", "net"), ("projectcalico.org/zone", "a")), Annotations = StringMap.Of(("note", "x")) },
            Spec = new IPPoolSpec { Cidr = "10.0.0.0/16" },
        };
        var v1 = (IPPool)CalicoApiGroups.Convert(pool, CalicoApiGroup.CrdProjectCalicoV1);
        Assert.Equal("crd.projectcalico.org/v1", v1.ApiVersion);
        Assert.Equal(StringMap.Of(("projectcalico.org/zone", "a")), v1.Metadata.Labels);
        Assert.Equal(
            """{"creationTimestamp":null,"labels":{"projectcalico.org/zone":"a","team":"net"},"annotations":{"note":"x"}}""",
            v1.Metadata.Annotations![CalicoApiGroups.MetadataAnnotation]);
        Assert.Equal(pool.Spec, v1.Spec);
        Assert.Same(pool, CalicoApiGroups.Convert(pool, CalicoApiGroup.ProjectCalicoV3));
    }

    [Fact]
    public void Ipam_configuration_is_stored_as_ipam_config()
    {
        var v1 = CalicoApiGroups.Convert(new IPAMConfiguration { Metadata = new ObjectMeta("default") }, CalicoApiGroup.CrdProjectCalicoV1);
        Assert.Equal(("crd.projectcalico.org/v1", "IPAMConfig"), (v1.ApiVersion, v1.Kind));
    }

    [Fact]
    public void A_calico_node_becomes_the_labels_and_annotations_of_the_kubernetes_node()
    {
        var node = new CalicoNode
        {
            Metadata = new ObjectMeta("rr0") { Labels = StringMap.Of(("i-am-a-route-reflector", "true")) },
            Spec = new CalicoNodeSpec { Bgp = new NodeBgpSpec { AsNumber = 65001, RouteReflectorClusterID = "1.0.0.1" } },
        };
        var k8s = Assert.IsType<KubernetesNodePatch>(CalicoApiGroups.Convert(node, CalicoApiGroup.CrdProjectCalicoV1));
        Assert.Equal(("v1", "Node"), (k8s.ApiVersion, k8s.Kind));
        Assert.Equal(node.Metadata.Labels, k8s.Metadata.Labels);
        Assert.Equal(StringMap.Of(("projectcalico.org/ASNumber", "65001"), ("projectcalico.org/RouteReflectorClusterID", "1.0.0.1")), k8s.Metadata.Annotations);
    }

    [Fact]
    public void Kubernetes_objects_are_not_converted()
    {
        var map = new ConfigMap { Metadata = new ObjectMeta("c", "kube-system") };
        Assert.Same(map, CalicoApiGroups.Convert(map, CalicoApiGroup.CrdProjectCalicoV1));
    }
}
