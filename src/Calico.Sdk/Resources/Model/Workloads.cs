using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>One container environment variable: a literal value or a reference (field, ConfigMap key).</summary>
public sealed record EnvVar
{
    /// <summary><c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>value</c>, for a literal.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary><c>valueFrom</c>, for a reference.</summary>
    [JsonPropertyName("valueFrom")]
    public EnvVarSource? ValueFrom { get; init; }

    /// <summary>A literal variable.</summary>
    /// <param name="name">Name.</param>
    /// <param name="value">Value.</param>
    public static EnvVar Literal(string name, string value) => new() { Name = name, Value = value };

    /// <summary>A variable read from the pod's fields, such as <c>spec.nodeName</c>.</summary>
    /// <param name="name">Name.</param>
    /// <param name="fieldPath">The field path.</param>
    public static EnvVar FromField(string name, string fieldPath) =>
        new() { Name = name, ValueFrom = new EnvVarSource { FieldRef = new FieldRef { FieldPath = fieldPath } } };

    /// <summary>A variable read from a ConfigMap key.</summary>
    /// <param name="name">Name.</param>
    /// <param name="configMap">ConfigMap name.</param>
    /// <param name="key">Key.</param>
    public static EnvVar FromConfigMap(string name, string configMap, string key) =>
        new() { Name = name, ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeyRef { Name = configMap, Key = key } } };

    /// <summary>The value as a person reads it: the literal, or <c>&lt;field spec.nodeName&gt;</c> / <c>&lt;configmap calico-config/key&gt;</c>.</summary>
    public string Describe() => Value
        ?? (ValueFrom?.FieldRef is { } f ? $"<field {f.FieldPath}>"
        : ValueFrom?.ConfigMapKeyRef is { } c ? $"<configmap {c.Name}/{c.Key}>" : string.Empty);
}

/// <summary><c>valueFrom</c> of an environment variable.</summary>
public sealed record EnvVarSource
{
    /// <summary><c>fieldRef</c>.</summary>
    [JsonPropertyName("fieldRef")]
    public FieldRef? FieldRef { get; init; }

    /// <summary><c>configMapKeyRef</c>.</summary>
    [JsonPropertyName("configMapKeyRef")]
    public ConfigMapKeyRef? ConfigMapKeyRef { get; init; }
}

/// <summary><c>fieldRef</c>.</summary>
public sealed record FieldRef
{
    /// <summary><c>fieldPath</c>, such as <c>status.hostIP</c>.</summary>
    [JsonPropertyName("fieldPath")]
    public string FieldPath { get; init; } = string.Empty;
}

/// <summary><c>configMapKeyRef</c>.</summary>
public sealed record ConfigMapKeyRef
{
    /// <summary>ConfigMap <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>key</c>.</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = string.Empty;
}

/// <summary>One <c>envFrom</c> entry: a whole ConfigMap as environment.</summary>
public sealed record EnvFromSource
{
    /// <summary><c>configMapRef</c>.</summary>
    [JsonPropertyName("configMapRef")]
    public ConfigMapEnvSource ConfigMapRef { get; init; } = new();
}

/// <summary><c>configMapRef</c> of an <c>envFrom</c> entry.</summary>
public sealed record ConfigMapEnvSource
{
    /// <summary>ConfigMap <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>optional</c>.</summary>
    [JsonPropertyName("optional")]
    public bool? Optional { get; init; }
}

/// <summary>An exec probe with its timings.</summary>
public sealed record ExecProbe
{
    /// <summary><c>exec</c>.</summary>
    [JsonPropertyName("exec")]
    public ExecAction Exec { get; init; } = new();

    /// <summary><c>periodSeconds</c>.</summary>
    [JsonPropertyName("periodSeconds")]
    public int? PeriodSeconds { get; init; }

    /// <summary><c>initialDelaySeconds</c>.</summary>
    [JsonPropertyName("initialDelaySeconds")]
    public int? InitialDelaySeconds { get; init; }

    /// <summary><c>timeoutSeconds</c>.</summary>
    [JsonPropertyName("timeoutSeconds")]
    public int? TimeoutSeconds { get; init; }

    /// <summary><c>failureThreshold</c>.</summary>
    [JsonPropertyName("failureThreshold")]
    public int? FailureThreshold { get; init; }
}

/// <summary><c>exec</c> of a probe.</summary>
public sealed record ExecAction
{
    /// <summary><c>command</c>.</summary>
    [JsonPropertyName("command")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string> Command { get; init; }
}

/// <summary>Container <c>resources</c>.</summary>
public sealed record ResourceRequirements
{
    /// <summary><c>limits</c> (cpu, memory); null when none.</summary>
    [JsonPropertyName("limits")]
    public StringMap? Limits { get; init; }

    /// <summary><c>requests</c> (cpu, memory); null when none.</summary>
    [JsonPropertyName("requests")]
    public StringMap? Requests { get; init; }
}

/// <summary>The part of a container that Calico.Sdk renders: name, environment, probes and resources.</summary>
public sealed record ContainerPatch
{
    /// <summary><c>name</c>: the key a strategic merge patch matches containers on.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>envFrom</c>.</summary>
    [JsonPropertyName("envFrom")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<EnvFromSource>? EnvFrom { get; init; }

    /// <summary><c>env</c>, in the order Kubespray's template writes it.</summary>
    [JsonPropertyName("env")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<EnvVar>? Env { get; init; }

    /// <summary><c>resources</c>.</summary>
    [JsonPropertyName("resources")]
    public ResourceRequirements? Resources { get; init; }

    /// <summary><c>livenessProbe</c>.</summary>
    [JsonPropertyName("livenessProbe")]
    public ExecProbe? LivenessProbe { get; init; }

    /// <summary><c>readinessProbe</c>.</summary>
    [JsonPropertyName("readinessProbe")]
    public ExecProbe? ReadinessProbe { get; init; }
}

/// <summary>
/// A strategic merge patch of a DaemonSet or Deployment: only the fields Calico.Sdk derives from the model (replicas,
/// pod annotations, node selector, container environment, probes and resources). Apply with
/// <c>kubectl patch &lt;kind&gt; &lt;name&gt; -n kube-system --patch-file &lt;file&gt;</c>; it is not a whole workload.
/// </summary>
public sealed record WorkloadPatch : KubernetesResource
{
    /// <summary>Creates an empty <c>apps/v1</c> patch; set <see cref="KubernetesResource.Kind"/> to DaemonSet or Deployment.</summary>
    public WorkloadPatch() => ApiVersion = ApiVersions.AppsV1;

    /// <summary><c>spec</c>.</summary>
    [JsonPropertyName("spec")]
    public WorkloadPatchSpec Spec { get; init; } = new();
}

/// <summary><c>spec</c> of a <see cref="WorkloadPatch"/>.</summary>
public sealed record WorkloadPatchSpec
{
    /// <summary><c>replicas</c> (Deployments).</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; init; }

    /// <summary><c>template</c>.</summary>
    [JsonPropertyName("template")]
    public PodTemplatePatch Template { get; init; } = new();
}

/// <summary><c>spec.template</c> of a <see cref="WorkloadPatch"/>.</summary>
public sealed record PodTemplatePatch
{
    /// <summary><c>metadata</c> (pod annotations); null when none.</summary>
    [JsonPropertyName("metadata")]
    public PodTemplateMetadata? Metadata { get; init; }

    /// <summary><c>spec</c>.</summary>
    [JsonPropertyName("spec")]
    public PodSpecPatch Spec { get; init; } = new();
}

/// <summary>Pod template metadata of a <see cref="WorkloadPatch"/>.</summary>
public sealed record PodTemplateMetadata
{
    /// <summary><c>annotations</c>.</summary>
    [JsonPropertyName("annotations")]
    public StringMap? Annotations { get; init; }
}

/// <summary>Pod spec of a <see cref="WorkloadPatch"/>.</summary>
public sealed record PodSpecPatch
{
    /// <summary><c>nodeSelector</c>.</summary>
    [JsonPropertyName("nodeSelector")]
    public StringMap? NodeSelector { get; init; }

    /// <summary><c>initContainers</c> (only their environment).</summary>
    [JsonPropertyName("initContainers")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ContainerPatch>? InitContainers { get; init; }

    /// <summary><c>containers</c>.</summary>
    [JsonPropertyName("containers")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ContainerPatch> Containers { get; init; }
}
