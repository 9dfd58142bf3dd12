using System.Diagnostics;
using System.Text.Json;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// Runs the real <c>ansible-inventory --list</c> and reduces its JSON to what the round-trip tests compare: every
/// group's hosts (in order) and children (as a set: Ansible's child order only reflects declaration timing), and every
/// host's merged variables (objects compared without key order, lists in order, numbers by value).
/// </summary>
internal static class AnsibleInventory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static JsonElement List(string inventoryFile)
    {
        var psi = new ProcessStartInfo("ansible-inventory")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-i");
        psi.ArgumentList.Add(inventoryFile);
        psi.ArgumentList.Add("--list");
        psi.Environment["ANSIBLE_INVENTORY_ENABLED"] = "ini,yaml";
        psi.Environment["ANSIBLE_NOCOLOR"] = "1";
        psi.Environment["ANSIBLE_LOCAL_TEMP"] = Path.Combine(Path.GetTempPath(), "calico-sdk-ansible-tmp");
        psi.Environment["ANSIBLE_INVENTORY_UNPARSED_FAILED"] = "true";

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail(
                "ansible-inventory is not on PATH, so the real-Ansible round-trip tests cannot run. Install it with " +
                "'apt-get install -y ansible-core' (the CI script .ci/run does this). " + e.Message);
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"ansible-inventory -i {inventoryFile} --list did not finish within {Timeout.TotalSeconds} s.");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"ansible-inventory -i {inventoryFile} --list failed ({process.ExitCode}):\n{stderr.Result}");
            using var doc = JsonDocument.Parse(stdout.Result);
            return doc.RootElement.Clone();
        }
    }

    /// <summary>Every difference between two <c>--list</c> outputs, in words.</summary>
    public static List<string> Differences(JsonElement expected, JsonElement actual)
    {
        var d = new List<string>();
        var eg = Groups(expected);
        var ag = Groups(actual);
        foreach (var name in eg.Keys.Union(ag.Keys).OrderBy(x => x, StringComparer.Ordinal))
        {
            if (!eg.TryGetValue(name, out var e) || !ag.TryGetValue(name, out var a))
            {
                d.Add($"group {name} only in {(eg.ContainsKey(name) ? "original" : "rewritten")}");
                continue;
            }

            if (!e.Hosts.SequenceEqual(a.Hosts))
            {
                d.Add($"group {name} hosts: [{string.Join(",", e.Hosts)}] vs [{string.Join(",", a.Hosts)}]");
            }

            if (!e.Children.SetEquals(a.Children))
            {
                d.Add($"group {name} children: [{string.Join(",", e.Children)}] vs [{string.Join(",", a.Children)}]");
            }
        }

        var eh = HostVars(expected);
        var ah = HostVars(actual);
        foreach (var host in eh.Keys.Union(ah.Keys).OrderBy(x => x, StringComparer.Ordinal))
        {
            if (!eh.TryGetValue(host, out var e) || !ah.TryGetValue(host, out var a))
            {
                d.Add($"host {host} only in {(eh.ContainsKey(host) ? "original" : "rewritten")}");
                continue;
            }

            if (!JsonEqual(e, a, out var where))
            {
                d.Add($"host {host} vars differ at {where}: {e.GetRawText()} vs {a.GetRawText()}");
            }
        }

        return d;
    }

    private static Dictionary<string, (List<string> Hosts, HashSet<string> Children)> Groups(JsonElement list)
    {
        var result = new Dictionary<string, (List<string>, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var p in list.EnumerateObject())
        {
            if (p.Name == "_meta")
            {
                continue;
            }

            var hosts = p.Value.TryGetProperty("hosts", out var h) ? h.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var children = p.Value.TryGetProperty("children", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            result[p.Name] = (hosts, children);
        }

        return result;
    }

    private static Dictionary<string, JsonElement> HostVars(JsonElement list)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (list.TryGetProperty("_meta", out var meta) && meta.TryGetProperty("hostvars", out var hv))
        {
            foreach (var p in hv.EnumerateObject())
            {
                result[p.Name] = p.Value;
            }
        }

        return result;
    }

    public static bool JsonEqual(JsonElement a, JsonElement b, out string where, string path = "$")
    {
        where = path;
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var ap = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                var bp = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                if (!ap.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(bp.Keys))
                {
                    where = path + " keys {" + string.Join(",", ap.Keys.Except(bp.Keys)) + "} / {" + string.Join(",", bp.Keys.Except(ap.Keys)) + "}";
                    return false;
                }

                foreach (var (k, v) in ap)
                {
                    if (!JsonEqual(v, bp[k], out where, path + "." + k))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                var ai = a.EnumerateArray().ToList();
                var bi = b.EnumerateArray().ToList();
                if (ai.Count != bi.Count)
                {
                    return false;
                }

                for (var i = 0; i < ai.Count; i++)
                {
                    if (!JsonEqual(ai[i], bi[i], out where, $"{path}[{i}]"))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Number:
                return a.GetRawText() == b.GetRawText() || (a.TryGetDouble(out var x) && b.TryGetDouble(out var y) && x.Equals(y));
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            default:
                return true;
        }
    }
}
