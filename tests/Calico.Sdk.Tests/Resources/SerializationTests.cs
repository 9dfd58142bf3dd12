using System.Diagnostics;
using System.Text.Json.Nodes;
using Calico.Sdk.Resources;
using k8s;
using k8s.Models;

namespace Calico.Sdk.Tests.Resources;

public class SerializationTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Off")]
    [InlineData("ON")]
    [InlineData("n")]
    [InlineData("0755")]
    [InlineData("1e3")]
    [InlineData("1:30")]
    [InlineData("0x1F")]
    [InlineData("1_000")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("True")]
    [InlineData("1.0.0.1")]
    [InlineData("65400")]
    [InlineData(".inf")]
    [InlineData("2001-12-14")]
    [InlineData("2001:db8::1")]
    [InlineData("")]
    public void Strings_that_yaml_11_reads_as_something_else_are_quoted(string text)
    {
        Assert.True(Yaml11.NeedsQuotes(text));
        Assert.Contains($"key: \"{text}\"", Yaml(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Never")]
    [InlineData("k8s,bgp")]
    [InlineData("10.233.64.0/18")]
    [InlineData("0s")]
    [InlineData("150m")]
    [InlineData("-felix-live")]
    [InlineData("can-reach=$(NODEIP)")]
    public void Plain_strings_stay_plain(string text)
    {
        Assert.False(Yaml11.NeedsQuotes(text));
        Assert.Contains($"key: {text}\n", Yaml(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_11_parser_reads_every_rendered_value_back_as_written()
    {
        // PyYAML implements YAML 1.1, as Ansible does; it is installed with ansible-core (eng/test.sh).
        foreach (var name in ResourceCases.All.Keys)
        {
            var set = ResourceCases.All[name]().Calico();
            var expected = new JsonArray(set.Objects.Select(o => (JsonNode?)ManifestSerializer.ToJsonNode(o)).ToArray());
            Assert.True(JsonNode.DeepEquals(expected, PyYaml(set.ToYaml())), name);
        }
    }

    [Fact]
    public void Any_string_reads_back_unchanged_with_yamldotnet_and_pyyaml()
    {
        var random = new Random(42);
        const string alphabet = "aZ09 -_:#'\"!&*?|>%@`{}[],.~=\\/\n\t\r\u00e9\u2028\u0001";
        var strings = new List<string>
        {
            "", " ", "-", "- x", "? x", ": x", "x:", "a: b", "a #b", "a#b", "#x", "!x", "&x", "*x", "'q'", "\"q\"", "%x", "@x", "`x`",
            "---", "...", "---x", "multi\nline", "multi\nline\n", "two\n\n", "\nlead", " lead", "trail ", "tab\tin", "yes", "Off", "1.0.0.1",
            "{}", "[]", "x,y", "a\u2028b", "k8s,bgp", "!has(i-am-a-route-reflector)", "calico-rr-id == 'rr1'", "line\n  indented\n",
        };
        for (var i = 0; i < 300; i++)
        {
            strings.Add(new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        var map = new ConfigMap { Metadata = new ObjectMeta("x"), Data = StringMap.Create(strings.Select((t, i) => new KeyValuePair<string, string>($"k{i:D3}", t))) };
        var yaml = ManifestSerializer.ToYaml(map);
        var expected = ManifestSerializer.ToJsonNode(map);
        Assert.True(JsonNode.DeepEquals(expected, YamlJson.ReadAll(yaml).Single()), "YamlDotNet reads it differently");
        Assert.True(JsonNode.DeepEquals(expected, PyYaml(yaml).AsArray().Single()), "PyYAML reads it differently");
    }

    [Fact]
    public void Yaml_and_json_describe_the_same_objects()
    {
        var set = ResourceCases.RouterPeering().Calico();
        var fromYaml = new JsonArray(YamlJson.ReadAll(set.ToYaml()).Select(n => n?.DeepClone()).ToArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(set.ToJson()), fromYaml));
    }

    [Fact]
    public void Output_is_deterministic_lf_only_and_documents_are_separated_by_a_line()
    {
        var a = ResourceCases.DualStack().Calico().Render();
        var b = ResourceCases.DualStack().Calico().Render();
        Assert.Equal(a.Select(f => f.Path + f.Content), b.Select(f => f.Path + f.Content));
        Assert.All(a, f => Assert.DoesNotContain('\r', f.Content));
        Assert.All(a, f => Assert.EndsWith("\n", f.Content, StringComparison.Ordinal));
        Assert.Contains("\n---\napiVersion: projectcalico.org/v3\nkind: IPPool\n", a["10-ippools.yaml"]!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_starts_with_api_version_kind_metadata_and_omits_nulls()
    {
        var json = ManifestSerializer.ToJson(new IPPool { Metadata = new ObjectMeta("p"), Spec = new IPPoolSpec { Cidr = "10.0.0.0/16" } });
        Assert.Equal("{\n  \"apiVersion\": \"projectcalico.org/v3\",\n  \"kind\": \"IPPool\",\n  \"metadata\": {\n    \"name\": \"p\"\n  },\n  \"spec\": {\n    \"cidr\": \"10.0.0.0/16\"\n  }\n}\n", json);
    }

    [Fact]
    public void Kubernetes_client_reads_rendered_objects()
    {
        var set = ResourceCases.RouteReflectorExample().Calico(new CalicoRenderOptions { ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 });
        foreach (var obj in set.Objects)
        {
            var json = ManifestSerializer.ToJson(obj);
            var back = (IKubernetesResource)DeserializeMethod.MakeGenericMethod(obj.GetType()).Invoke(null, [json, null])!;
            Assert.Equal(obj, back);
        }

        var map = KubernetesJson.Deserialize<V1ConfigMap>(ManifestSerializer.ToJson(set.Resources.CalicoConfig));
        Assert.Equal("bird", map.Data["calico_backend"]);
        var node = KubernetesJson.Deserialize<V1Node>(ManifestSerializer.ToJson(CalicoApiGroups.Convert(set.Resources.Nodes[0], CalicoApiGroup.CrdProjectCalicoV1)));
        Assert.Equal("1.0.0.1", node.Metadata.Annotations["projectcalico.org/RouteReflectorClusterID"]);
        var ds = KubernetesJson.Deserialize<V1DaemonSet>(ManifestSerializer.ToJson(set.Resources.CalicoNode.ToPatch()));
        Assert.Equal("DATASTORE_TYPE", ds.Spec.Template.Spec.Containers[0].Env[0].Name);
        Assert.Equal("spec.nodeName", ds.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "NODENAME").ValueFrom.FieldRef.FieldPath);

        // KubernetesYaml reads the YAML stream into KubernetesClient's own types and a plain custom-resource class.
        var typeMap = new Dictionary<string, Type>
        {
            ["crd.projectcalico.org/v1/FelixConfiguration"] = typeof(CustomObject),
            ["crd.projectcalico.org/v1/IPPool"] = typeof(CustomObject),
            ["crd.projectcalico.org/v1/IPAMConfig"] = typeof(CustomObject),
            ["crd.projectcalico.org/v1/BGPPeer"] = typeof(CustomObject),
            ["crd.projectcalico.org/v1/BGPConfiguration"] = typeof(CustomObject),
            ["v1/Node"] = typeof(V1Node),
            ["v1/ConfigMap"] = typeof(V1ConfigMap),
            ["apps/v1/DaemonSet"] = typeof(V1DaemonSet),
        };
        var loaded = KubernetesYaml.LoadAllFromString(set.ToYaml(), typeMap);
        Assert.Equal(set.Objects.Select(o => o.Kind + "/" + o.Metadata.Name), loaded.Cast<IKubernetesObject<V1ObjectMeta>>().Select(o => o.Kind + "/" + o.Metadata.Name));
        var pool = loaded.OfType<CustomObject>().Single(o => o.Kind == "IPPool");
        Assert.Equal("10.233.64.0/18", pool.Spec["cidr"]?.ToString());
        Assert.Equal("{\"creationTimestamp\":null}", pool.Metadata.Annotations["projectcalico.org/metadata"]);
    }

    [Fact]
    public void Resources_have_value_equality()
    {
        Assert.Equal(ResourceCases.DualStack().Calico().Resources, ResourceCases.DualStack().Calico().Resources);
        Assert.NotEqual(ResourceCases.DualStack().Calico().Resources, ResourceCases.Wireguard().Calico().Resources);
    }

    /// <summary>What a KubernetesClient user would write for a custom resource they do not have a type for.</summary>
    public sealed class CustomObject : IKubernetesObject<V1ObjectMeta>
    {
        [System.Text.Json.Serialization.JsonPropertyName("apiVersion")]
        public string ApiVersion { get; set; } = string.Empty;

        [System.Text.Json.Serialization.JsonPropertyName("kind")]
        public string Kind { get; set; } = string.Empty;

        [System.Text.Json.Serialization.JsonPropertyName("metadata")]
        public V1ObjectMeta Metadata { get; set; } = new();

        [System.Text.Json.Serialization.JsonPropertyName("spec")]
        public Dictionary<string, object?> Spec { get; set; } = [];
    }

    private static readonly System.Reflection.MethodInfo DeserializeMethod = typeof(KubernetesJson).GetMethods()
        .Single(m => m.Name == nameof(KubernetesJson.Deserialize) && m.IsGenericMethodDefinition && m.GetParameters() is [{ ParameterType: var t }, _] && t == typeof(string));

    /// <summary>Reads a YAML stream with PyYAML (YAML 1.1, as Ansible), as a JSON array of documents.</summary>
    private static JsonNode PyYaml(string yaml)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3", ["-c", "import sys, json, yaml; json.dump(list(yaml.safe_load_all(sys.stdin)), sys.stdout)"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(yaml);
        p.StandardInput.Close();
        var json = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, error);
        return JsonNode.Parse(json)!;
    }

    private static string Yaml(string text) =>
        ManifestSerializer.ToYaml(new ConfigMap { Metadata = new ObjectMeta("x"), Data = StringMap.Of(("key", text)) });
}
