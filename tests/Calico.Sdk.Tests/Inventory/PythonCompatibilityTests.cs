using System.Globalization;
using System.Text.Json;
using Calico.Sdk.Kubespray;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// The INI reader and writer re-implement three pieces of Python that Ansible uses; these properties check them
/// against the real thing on generated texts: <c>ast.literal_eval</c>, <c>shlex.split</c>, and the round trip of a
/// string through a written INI host line or <c>:vars</c> line.
/// </summary>
public class PythonCompatibilityTests
{
    // Characters that matter to Python literals, shell quoting and INI lines.
    private const string Alphabet = "0123456789abcdefjxoTrueFalsNn.eE+-_'\"[](){},:#= \t\\rbuf;é\u00a0\x01";

    private static readonly string[] Seeds =
    [
        "1", "-1", "+1", "--1", "007", "00", "0_0", "1__0", "1_", "0x1f", "0o17", "0b101", "0b102", "1.", ".5", "1e5", "1e", "1.e5", "1e999", "-1e999",
        "1j", "1+2j", "-1-2j", "1+2", "True", "False", "None", "true", "-True", "...", "set()", "{1, 2}", "{}", "[]", "()", "(1)", "(1,)", "1,",
        "[1, 2,]", "{'a': 1, 'a': 2}", "{1: 'a', True: 'b', 1.0: 'c'}", "{(1, 2): 3}", "{[1]: 2}", "'a' 'b'", "'a' b'b'", "b'\\xff'", "b'abc'",
        "r'\\n'", "'\\n'", "'\\x41'", "'\\u00e9'", "'\\ud800'", "'\\N{BULLET}'", "'\\q'", "'''x'''", "\"x\"", "f'x'", "u'x'", "'a", " 1", "\t1",
        "1 # comment", "[1, # c", "abc", "a b", "'a' # c", "1if 1 else 2", "(((((1)))))", "-(1)", "-(1,)", "1 2", "1.5.", "0.1", "1e16", "1e-5",
        "123456789012345678901234567890", "1.7976931348623157e308", "5e-324", "[[[[[]]]]]", "{'k': [1, {'n': None}]}", "'😀'", "😀", "a😀 b",
    ];

    private static Gen<string> Texts() =>
        Gen.Frequency(
            (1, Gen.Elements(Seeds)),
            (3, Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n)).Select(cs => new string(cs))));

    private static Gen<string[]> Batches() => Gen.ArrayOf(Texts(), 300);

    private static JsonElement? Mine(PyValue? v) => v is null ? null : JsonSerializer.SerializeToElement(Encode(v));

    private static object Encode(PyValue v) => v switch
    {
        PyStr s => new object[] { "s", s.Value },
        PyInt i => new object[] { "i", i.Value.ToString(CultureInfo.InvariantCulture) },
        PyFloat f => new object[] { "f", PythonText.FloatRepr(f.Value) },
        PyBool b => new object[] { "b", b.Value },
        PyNone => new object[] { "n" },
        PyList l => new object[] { "l", l.Items.Select(Encode).ToArray() },
        PyDict d => new object[] { "d", d.Entries.Select(e => new[] { Encode(e.Key), Encode(e.Value) }).ToArray() },
        _ => new object[] { "u" },
    };

    private static bool Same(JsonElement? a, JsonElement b) =>
        a is null ? b.ValueKind == JsonValueKind.Null : a.Value.GetRawText() == b.GetRawText() || AnsibleInventory.JsonEqual(a.Value, b, out _);

    [Property(MaxTest = 6)]
    public Property LiteralEval_AgreesWithPython() => Prop.ForAll(Batches().ToArbitrary(), texts =>
    {
        var python = PythonOracle.Ask(texts.Select(t => ("literal", t)));
        // \N{NAME} escapes need Unicode's name table, which .NET lacks: such literals evaluate to "unsupported" (still a literal).
        var wrong = texts.Select((t, i) => (t, mine: Mine(PythonLiteral.Evaluate(t)), py: python[i]))
            .Where(x => !Same(x.mine, x.py) && !(x.t.Contains("\\N{", StringComparison.Ordinal) && x.mine?.GetRawText() == "[\"u\"]")).Select(x => $"{JsonSerializer.Serialize(x.t)}: mine {x.mine?.GetRawText() ?? "error"}, Python {x.py.GetRawText()}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    });

    [Property(MaxTest = 6)]
    public Property Shlex_AgreesWithPython() => Prop.ForAll(Batches().ToArbitrary(), texts =>
    {
        var python = PythonOracle.Ask(texts.Select(t => ("shlex", t)));
        var wrong = new List<string>();
        for (var i = 0; i < texts.Length; i++)
        {
            var mine = PythonShlex.Split(texts[i], out _)?.Select(t => t.Text).ToArray();
            var py = python[i].ValueKind == JsonValueKind.Null ? null : python[i].EnumerateArray().Select(e => e.GetString()!).ToArray();
            if (!(mine is null ? py is null : py is not null && mine.SequenceEqual(py)))
            {
                wrong.Add($"{JsonSerializer.Serialize(texts[i])}: mine {JsonSerializer.Serialize(mine)}, Python {python[i].GetRawText()}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    });

    [Property(MaxTest = 6)]
    public Property WrittenIniValues_ReadBackAsTheSameStringInAnsible() => Prop.ForAll(Batches().ToArbitrary(), texts =>
    {
        var questions = new List<(string, string)>();
        foreach (var t in texts)
        {
            var value = InventoryValue.String(t);
            questions.Add(("hostline", "host " + "k=" + Token(IniInventoryWriter.PythonValue(value, hostLine: true)!)));
            questions.Add(("varsline", "k=" + IniInventoryWriter.PythonValue(value, hostLine: false)));
        }

        var python = PythonOracle.Ask(questions);
        var wrong = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            var expected = JsonSerializer.SerializeToElement(new object[] { "k", new object[] { "s", texts[i / 2] } });
            if (python[i].GetRawText() != expected.GetRawText() && !AnsibleInventory.JsonEqual(python[i], expected, out _))
            {
                wrong.Add($"{JsonSerializer.Serialize(texts[i / 2])} as {questions[i].Item2}: Python read {python[i].GetRawText()}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    });

    private static string Token(string p) => p.Length == 0 ? "''" : PythonShlex.Quote(p);
}
