using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// Asks the Python that runs Ansible (the interpreter named on the first line of <c>ansible-inventory</c>) what
/// <c>ast.literal_eval</c>, <c>shlex.split</c> and Ansible's INI value handling make of some texts, in one process run.
/// </summary>
internal static class PythonOracle
{
    private const string Script = """
        import ast, json, shlex, sys

        def enc(v):
            if isinstance(v, bool): return ["b", v]
            if v is None: return ["n"]
            if isinstance(v, int): return ["i", str(v)]
            if isinstance(v, float): return ["f", repr(v)]
            if isinstance(v, bytes):
                try: v = v.decode("utf-8")
                except UnicodeDecodeError: return ["u"]
            if isinstance(v, str):
                try: v.encode("utf-8")
                except UnicodeEncodeError: return ["u"]
                return ["s", v]
            if isinstance(v, (list, tuple)):
                items = [enc(i) for i in v]
                return ["u"] if any(i == ["u"] for i in items) else ["l", items]
            if isinstance(v, dict):
                if any(isinstance(k, tuple) for k in v): return ["u"]
                items = [[enc(k), enc(x)] for k, x in v.items()]
                return ["u"] if any(i[0] == ["u"] or i[1] == ["u"] for i in items) else ["d", items]
            return ["u"]

        def literal(text):
            try: return enc(ast.literal_eval(text))
            except (ValueError, SyntaxError): return None
            except Exception: return ["u"]

        def ini_value(v):
            # ansible/plugins/inventory/ini.py: _parse_value
            try: return enc(ast.literal_eval(v))
            except ValueError: return enc(v)
            except SyntaxError: return enc(v)
            except Exception: return ["u"]

        out = []
        for kind, text in json.load(sys.stdin):
            if kind == "literal":
                out.append(literal(text))
            elif kind == "shlex":
                try: out.append(shlex.split(text, comments=True))
                except ValueError: out.append(None)
            elif kind == "hostline":
                tokens = shlex.split(text, comments=True)
                k, v = tokens[1].split("=", 1)
                out.append([k, ini_value(v)])
            elif kind == "varsline":
                k, v = [e.strip() for e in text.split("=", 1)]
                out.append([k, ini_value(v)])
        json.dump(out, sys.stdout)
        """;

    public static List<JsonElement> Ask(IEnumerable<(string Kind, string Text)> questions)
    {
        var python = File.ReadLines(FindAnsibleInventory()).First().TrimStart('#', '!', ' ').Split(' ')[0];
        var psi = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Script);
        psi.StandardInputEncoding = new UTF8Encoding(false);
        psi.StandardOutputEncoding = Encoding.UTF8;
        psi.Environment["PYTHONIOENCODING"] = "utf-8:surrogatepass";
        using var p = Process.Start(psi)!;
        var input = JsonSerializer.Serialize(questions.Select(q => new[] { q.Kind, q.Text }));
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "python did not finish in 60 s");
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "python failed: " + stderr.Result);
        using var doc = JsonDocument.Parse(stdout.Result);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string FindAnsibleInventory()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "ansible-inventory");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("ansible-inventory is not on PATH; install ansible-core (the CI script .ci/run does) to run the Python comparison tests.");
        return string.Empty;
    }
}
