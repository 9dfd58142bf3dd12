namespace Calico.Sdk;

/// <summary>
/// Declares the Kubespray variable a builder method sets. The analyzers read it to map a call in a builder chain to
/// its catalog entry, so there is no hand-kept table between builder methods and options.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class KubesprayVariableAttribute : Attribute
{
    /// <summary>Declares the variable.</summary>
    /// <param name="name">The Kubespray variable name, such as <c>calico_ipip_mode</c>.</param>
    public KubesprayVariableAttribute(string name) => Name = name;

    /// <summary>The Kubespray variable name.</summary>
    public string Name { get; }
}
