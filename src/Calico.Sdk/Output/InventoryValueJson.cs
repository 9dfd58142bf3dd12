using System.Globalization;
using System.Text.Json;

namespace Calico.Sdk.Output;

/// <summary>Writes inventory values as JSON with the types Ansible gives them.</summary>
public static class InventoryValueJson
{
    /// <summary>Writes one value.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, InventoryValue value)
    {
        switch (value)
        {
            case InventoryScalar s:
                switch (s.Kind)
                {
                    case ScalarKind.Null:
                        writer.WriteNullValue();
                        break;
                    case ScalarKind.Boolean:
                        writer.WriteBooleanValue(s.Canonical == "true");
                        break;
                    case ScalarKind.Integer when long.TryParse(s.Canonical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                        writer.WriteNumberValue(l);
                        break;
                    case ScalarKind.Float when double.TryParse(s.Canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d):
                        writer.WriteNumberValue(d);
                        break;
                    default:
                        writer.WriteStringValue(s.Canonical);
                        break;
                }

                break;
            case InventorySequence seq:
                writer.WriteStartArray();
                foreach (var item in seq.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case InventoryMapping map:
                writer.WriteStartObject();
                foreach (var e in map.Entries)
                {
                    writer.WritePropertyName(e.Key);
                    Write(writer, e.Value);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
