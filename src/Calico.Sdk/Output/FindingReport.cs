using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Output;

/// <summary>Formats findings for people (text) and machines (JSON).</summary>
public static class FindingReport
{
    /// <summary>One line per finding, sorted, then a count line.</summary>
    /// <param name="findings">The findings.</param>
    public static string ToText(IEnumerable<Finding> findings)
    {
        var list = findings.OrderBy(f => f, FindingComparer.Instance).ToList();
        var sb = new StringBuilder();
        foreach (var f in list)
        {
            sb.Append(f).Append('\n');
        }

        sb.Append(Summary(list)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The count line: <c>2 errors, 1 warning, 0 infos</c>.</summary>
    /// <param name="findings">The findings.</param>
    public static string Summary(IReadOnlyCollection<Finding> findings)
    {
        static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? string.Empty : "s")}";
        return string.Join(", ", Plural(findings.Count(f => f.Severity == FindingSeverity.Error), "error"), Plural(findings.Count(f => f.Severity == FindingSeverity.Warning), "warning"), Plural(findings.Count(f => f.Severity == FindingSeverity.Info), "info"));
    }

    /// <summary>Writes the findings as a JSON array of objects (code, severity, path, message, hint, file, line, column).</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="findings">The findings.</param>
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<Finding> findings)
    {
        writer.WriteStartArray();
        foreach (var f in findings.OrderBy(f => f, FindingComparer.Instance))
        {
            writer.WriteStartObject();
            writer.WriteString("code", f.Code);
            writer.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            writer.WriteString("path", f.Path);
            writer.WriteString("message", f.Message);
            if (f.Hint is not null)
            {
                writer.WriteString("hint", f.Hint);
            }

            if (f.Location is { } l)
            {
                writer.WriteString("file", l.File);
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
