using System.Globalization;
using System.Text;

namespace Calico.Sdk.Tests.Catalog;

/// <summary>Renders docs/options.md from the catalog, so that the reference cannot drift from the code.</summary>
internal static class OptionReference
{
    public const string UpdateVariable = "CALICO_SDK_UPDATE_DOCS";

    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# Option reference\n\n");
        sb.Append("<!-- Generated from CalicoOptions.All. Do not edit by hand; regenerate with\n");
        sb.Append($"     {UpdateVariable}=1 dotnet test tests/Calico.Sdk.Tests --filter OptionReferenceIsCurrent -->\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Every Kubespray variable Calico.Sdk models ({CalicoOptions.All.Count} options): the C# member that reads it ");
        sb.Append("(`cluster.Network.IpipMode`; host options on each of `cluster.Nodes`), its type and accepted values, Kubespray's ");
        sb.Append("default, where an inventory may set it and what it does. Options without a literal default read as `null` when unset.\n\n");
        sb.Append("Scope: **cluster** = group_vars (the file Kubespray's sample inventory keeps it in is shown), **group** = the vars of a ");
        sb.Append("custom group such as `[rack0:vars]`, **host** = host vars.\n");

        foreach (var area in CalicoOptions.All.Select(o => o.Area).Distinct())
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {area}\n\n");
            if (area == OptionArea.Host)
            {
                sb.Append("Read on each node: `cluster.Nodes[i].<Property>`.\n\n");
            }

            sb.Append("| Variable | C# member | Type / allowed | Default | Scope | Summary |\n");
            sb.Append("|---|---|---|---|---|---|\n");
            foreach (var o in CalicoOptions.All.Where(o => o.Area == area))
            {
                sb.Append("| `").Append(o.Name).Append("` | `").Append(o.Member).Append("` | ")
                    .Append(Cell(TypeAndAllowed(o))).Append(" | ")
                    .Append(Code(o.DefaultText.Length == 0 ? "\"\"" : o.DefaultText)).Append(" | ")
                    .Append(Cell(Scope(o))).Append(" | ")
                    .Append(Cell(Summary(o))).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string TypeAndAllowed(CalicoOption o)
    {
        var type = TypeName(o.ValueType);
        return string.Equals(o.Allowed, type, StringComparison.Ordinal) ? $"`{type}`" : $"`{type}`: {Prose(o.Allowed)}";
    }

    private static string TypeName(Type t)
    {
        if (t == typeof(bool))
        {
            return "bool";
        }

        if (t == typeof(int))
        {
            return "int";
        }

        if (t == typeof(string))
        {
            return "string";
        }

        return t.IsGenericType ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(TypeName))}>" : t.Name;
    }

    private static string Scope(CalicoOption o)
    {
        var scopes = string.Join(", ", new[] { OptionScopes.Cluster, OptionScopes.Group, OptionScopes.Host }
            .Where(s => o.Scopes.HasFlag(s))
            .Select(s => s.ToString().ToLowerInvariant()));
        return o.Scopes.HasFlag(OptionScopes.Cluster) ? $"{scopes} (`group_vars/{o.HomeGroup}/{o.HomeFile}`)" : scopes;
    }

    private static string Summary(CalicoOption o) => o.Status switch
    {
        OptionStatus.Deprecated => $"**Deprecated**: use `{o.ReplacedBy}`. {Prose(o.Summary)}",
        OptionStatus.Legacy => $"**Legacy**: use `{o.ReplacedBy}`. {Prose(o.Summary)}",
        OptionStatus.Unused => $"**Unused** by Kubespray. {Prose(o.Summary)}",
        _ => Prose(o.Summary),
    };

    // Outside code spans, <name> would be read as an HTML tag.
    private static string Prose(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Code(string text) => "`" + Cell(text) + "`";

    // GitHub tables end a cell at any unescaped pipe, code spans included.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
