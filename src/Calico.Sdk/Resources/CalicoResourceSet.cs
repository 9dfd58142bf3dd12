using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Resources;

/// <summary>The file format of rendered manifests.</summary>
public enum ManifestFormat
{
    /// <summary>YAML: one multi-document file per step (documents joined with <c>---</c>).</summary>
    Yaml,

    /// <summary>JSON: one file per object, in one folder per step.</summary>
    Json,
}

/// <summary>Choices for rendering Calico resources.</summary>
public sealed record CalicoRenderOptions
{
    /// <summary>The API group of the Calico objects. Default <see cref="CalicoApiGroup.ProjectCalicoV3"/> (for calicoctl).</summary>
    public CalicoApiGroup ApiGroup { get; init; } = CalicoApiGroup.ProjectCalicoV3;

    /// <summary>YAML or JSON files. Default <see cref="ManifestFormat.Yaml"/>.</summary>
    public ManifestFormat Format { get; init; } = ManifestFormat.Yaml;

    /// <summary>Render even when <c>cluster.Validate()</c> reports errors. Default false: rendering refuses and lists the errors.</summary>
    public bool Force { get; init; }

    /// <summary>Target version and suppressions for the validation that runs before rendering. Default: Kubespray's pinned Calico.</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>Pools to create besides the ones Kubespray manages (Kubespray leaves extra pools to the user). Default none.</summary>
    public EquatableArray<IPPool> AdditionalPools { get; init; }

    /// <summary>Also write <c>apply.sh</c>, which applies the files in order. Default true.</summary>
    public bool IncludeApplyScript { get; init; } = true;
}

/// <summary>Rendering was refused because the configuration has errors.</summary>
public sealed class CalicoConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The error findings.</param>
    public CalicoConfigurationException(IReadOnlyList<Finding> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>The error findings that stopped rendering.</summary>
    public IReadOnlyList<Finding> Errors { get; }

    private static string Describe(IReadOnlyList<Finding> errors) =>
        $"The configuration has {errors.Count} error(s); fix them or render with Force = true:\n" +
        string.Join("\n", errors.Select(e => "  " + e));
}

/// <summary>
/// The Calico resources of one cluster: typed objects (<see cref="Resources"/>), the same objects in the chosen API
/// group (<see cref="Objects"/>), and files (<see cref="Render"/>, <see cref="WriteTo"/>). Obtained with
/// <c>cluster.Calico(options)</c>.
/// </summary>
public sealed class CalicoResourceSet
{
    internal CalicoResourceSet(CalicoResources resources, CalicoRenderOptions options, ValidationReport validation, IReadOnlyList<Finding> schemaFindings)
    {
        Resources = resources;
        Options = options;
        Validation = validation;
        SchemaFindings = schemaFindings;
    }

    /// <summary>The typed resources in their <c>projectcalico.org/v3</c> form.</summary>
    public CalicoResources Resources { get; }

    /// <summary>The options used.</summary>
    public CalicoRenderOptions Options { get; }

    /// <summary>The validation report of the cluster (run before rendering).</summary>
    public ValidationReport Validation { get; }

    /// <summary>CAL3900 findings: rendered Calico objects that do not match their CRD schema (empty for a valid configuration).</summary>
    public IReadOnlyList<Finding> SchemaFindings { get; }

    /// <summary>Every finding: the validation report's, then the schema findings.</summary>
    public IEnumerable<Finding> Findings => Validation.Findings.Concat(SchemaFindings);

    /// <summary>Every object in apply order, Calico objects converted to <see cref="CalicoRenderOptions.ApiGroup"/>.</summary>
    public IEnumerable<IKubernetesResource> Objects =>
        Resources.CalicoObjects.Select(r => CalicoApiGroups.Convert(r, Options.ApiGroup)).Concat(Resources.KubernetesObjects);

    /// <summary>Every object as one YAML stream, in apply order.</summary>
    public string ToYaml() => ManifestSerializer.ToYamlStream(Objects);

    /// <summary>Every object as one JSON array, in apply order.</summary>
    public string ToJson() => ManifestSerializer.ToJsonArray(Objects);

    /// <summary>The files: one per step (YAML) or per object (JSON), numbered in apply order, the workload patches and <c>apply.sh</c>.</summary>
    public RenderedFileSet Render() => new(ResourceFileRenderer.Render(Resources, Options));

    /// <summary>Writes <see cref="Render"/> below <paramref name="directory"/>.</summary>
    /// <param name="directory">Target folder.</param>
    /// <returns>The full paths written.</returns>
    public IReadOnlyList<string> WriteTo(string directory) => Render().WriteTo(directory);
}

/// <summary>Lays resources out as files and writes the script that applies them in order.</summary>
internal static class ResourceFileRenderer
{
    private sealed record Step(string File, string Title, IReadOnlyList<IKubernetesResource> Objects, bool Calico);

    public static IEnumerable<RenderedFile> Render(CalicoResources r, CalicoRenderOptions o)
    {
        var g = o.ApiGroup;
        IReadOnlyList<IKubernetesResource> Convert(IEnumerable<IKubernetesResource> items) => items.Select(x => CalicoApiGroups.Convert(x, g)).ToList();
        var steps = new List<Step>
        {
            new("00-felixconfiguration", "FelixConfiguration", Convert([r.FelixConfiguration]), true),
            new("10-ippools", "IP pools", Convert(r.IPPools), true),
            new("20-ipamconfig", "IPAM configuration", Convert(r.IpamConfiguration is null ? [] : [r.IpamConfiguration]), true),
            new("30-nodes", "node labels, AS numbers and route-reflector cluster IDs", Convert(r.Nodes), true),
            new("40-bgppeers", "BGP peers", Convert(r.BgpPeers), true),
            new("50-bgpconfiguration", "BGPConfiguration (last: the node-to-node mesh goes off only once the peers exist)", Convert([r.BgpConfiguration]), true),
            new("60-configmaps", "ConfigMaps calico-config and kubernetes-services-endpoint", [r.CalicoConfig, r.KubernetesServicesEndpoint], false),
        };
        steps.RemoveAll(s => s.Objects.Count == 0);

        var files = new List<RenderedFile>();
        var ext = o.Format == ManifestFormat.Yaml ? ".yaml" : ".json";
        var paths = new Dictionary<Step, IReadOnlyList<string>>();
        var specs = new Dictionary<IKubernetesResource, string>(ReferenceEqualityComparer.Instance);
        foreach (var s in steps)
        {
            var yaml = new StringBuilder();
            var list = new List<string>();
            // Serialise each step once, as one array (object-typed, so every element keeps its runtime type): its
            // YAML or JSON files, and the specs for apply.sh.
            using var doc = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(s.Objects.Cast<object>().ToArray(), ManifestSerializer.Options));
            var index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                var obj = s.Objects[index++];
                if (element.TryGetProperty("spec", out var spec))
                {
                    specs[obj] = spec.GetRawText();
                }

                if (o.Format == ManifestFormat.Yaml)
                {
                    if (yaml.Length > 0)
                    {
                        yaml.Append("---\n");
                    }

                    YamlWriter.WriteDocument(yaml, element);
                }
                else
                {
                    var path = $"{s.File}/{obj.Kind.ToLowerInvariant()}-{obj.Metadata.Name}{ext}";
                    files.Add(new RenderedFile(path, ManifestSerializer.ToJson(element)));
                    list.Add(path);
                }
            }

            if (o.Format == ManifestFormat.Yaml)
            {
                files.Add(new RenderedFile(s.File + ext, yaml.ToString()));
                list.Add(s.File + ext);
            }

            paths[s] = list;
        }

        var patches = new List<(string Path, WorkloadPatch Patch)> { ("patches/calico-node" + ext, r.CalicoNode.ToPatch()) };
        if (r.Typha is not null)
        {
            patches.Add(("patches/calico-typha" + ext, r.Typha.ToPatch()));
        }

        foreach (var (path, patch) in patches)
        {
            files.Add(new RenderedFile(path, o.Format == ManifestFormat.Yaml ? ManifestSerializer.ToYaml(patch) : ManifestSerializer.ToJson(patch)));
        }

        if (o.IncludeApplyScript)
        {
            files.Add(new RenderedFile("apply.sh", ApplyScript(r, o, steps, paths, patches, specs)));
        }

        return files;
    }

    private static string ApplyScript(
        CalicoResources r,
        CalicoRenderOptions o,
        List<Step> steps,
        Dictionary<Step, IReadOnlyList<string>> paths,
        List<(string Path, WorkloadPatch Patch)> patches,
        Dictionary<IKubernetesResource, string> specs)
    {
        var v3 = o.ApiGroup == CalicoApiGroup.ProjectCalicoV3;
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        sb.Append("# Applies the rendered Calico resources in order. Generated by Calico.Sdk from the cluster model.\n");
        sb.Append(v3
            ? "# Calico objects go through calicoctl (projectcalico.org/v3): created when missing, then merged into the\n# existing object as Kubespray does (fields not rendered here are kept; lists are replaced).\n"
            : "# Calico objects go straight into the Kubernetes datastore (crd.projectcalico.org/v1) with server-side apply,\n# which keeps fields owned by other managers.\n");
        foreach (var note in r.Notes)
        {
            sb.Append("# Note: ").Append(note.ToString().Replace('\n', ' ')).Append('\n');
        }

        sb.Append("set -eu\n");
        sb.Append("cd \"$(dirname \"$0\")\"\n");
        if (v3)
        {
            sb.Append("CALICOCTL=\"${CALICOCTL:-calicoctl.sh}\"\n");
        }

        sb.Append("KUBECTL=\"${KUBECTL:-kubectl}\"\n");
        var n = 1;
        foreach (var s in steps)
        {
            sb.Append('\n').Append("# ").Append(n++).Append(". ").Append(s.Title).Append('\n');
            if (!s.Calico || !v3)
            {
                foreach (var p in paths[s])
                {
                    sb.Append("$KUBECTL apply --server-side --force-conflicts --field-manager=calico-sdk -f ").Append(p).Append('\n');
                }

                continue;
            }

            if (s.Objects.All(x => x is not CalicoNode))
            {
                foreach (var p in paths[s])
                {
                    sb.Append("$CALICOCTL create --skip-exists -f ").Append(p).Append('\n');
                }
            }

            foreach (var obj in s.Objects)
            {
                AppendCalicoctlMerge(sb, obj, specs.TryGetValue(obj, out var spec) ? spec : null);
            }
        }

        sb.Append('\n').Append("# ").Append(n).Append(". calico-node").Append(r.Typha is null ? string.Empty : " and calico-typha")
            .Append(" settings (patches of the workloads Kubespray deployed)\n");
        foreach (var (path, patch) in patches)
        {
            sb.Append("$KUBECTL -n kube-system patch ").Append(patch.Kind.ToLowerInvariant()).Append(' ').Append(patch.Metadata.Name)
                .Append(" --type strategic --patch-file ").Append(path).Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendCalicoctlMerge(StringBuilder sb, IKubernetesResource obj, string? spec)
    {
        var kind = obj.Kind.ToLowerInvariant();
        var name = obj.Metadata.Name;
        if (obj is CalicoNode calicoNode)
        {
            // As Kubespray: labels with 'calicoctl label', the BGP fields with a patch (never a replace of the whole node).
            var quotedName = Shell.Quote(name);
            foreach (var label in calicoNode.Metadata.Labels ?? StringMap.Empty)
            {
                sb.Append("$CALICOCTL label node ").Append(quotedName).Append(' ')
                    .Append(Shell.Quote(label.Key + "=" + label.Value)).Append(" --overwrite\n");
            }

            if (calicoNode.Spec.Bgp is null && calicoNode.Spec.OrchRefs is null)
            {
                return;
            }
        }

        sb.Append("$CALICOCTL patch ").Append(kind).Append(' ').Append(Shell.Quote(name)).Append(" --patch ")
            .Append(Shell.Quote("{\"spec\":" + (spec ?? "null") + "}")).Append('\n');
    }
}

/// <summary>POSIX shell quoting.</summary>
internal static class Shell
{
    /// <summary>Quotes a word for sh when it holds anything but safe characters.</summary>
    public static string Quote(string word)
    {
        var safe = word.Length > 0;
        foreach (var c in word)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '@' or '+'))
            {
                safe = false;
                break;
            }
        }

        return safe ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
