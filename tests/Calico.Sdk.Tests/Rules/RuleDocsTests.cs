using System.Globalization;
using System.Text;
using Calico.Sdk.Output;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Rules;

/// <summary>
/// Every finding code has a page in docs/rules/, and docs/rules/README.md is the index generated from the catalog. A
/// stale index fails; it is rewritten only when CALICO_SDK_UPDATE_DOCS=1 is set, never by a passing run.
/// </summary>
public class RuleDocsTests
{
    private static string RulesFolder => RepoPaths.Path("docs", "rules");

    [Fact]
    public void EveryCode_HasAPage_TitledWithItsCodeAndTitle()
    {
        var problems = new List<string>();
        foreach (var info in FindingCatalog.All)
        {
            var page = Path.Combine(RulesFolder, info.Code + ".md");
            if (!File.Exists(page))
            {
                problems.Add($"{info.Code} has no page {info.HelpPath}");
                continue;
            }

            var text = File.ReadAllText(page);
            var first = text.Split('\n')[0];
            if (first != $"# {info.Code}: {info.Title}")
            {
                problems.Add($"{info.HelpPath} starts with '{first}', expected '# {info.Code}: {info.Title}'");
            }

            foreach (var section in new[] { "## What", "## Why", "## Example that triggers it", "## Example that passes", "## Fix", "## Source" })
            {
                if (!text.Contains("\n" + section + "\n", StringComparison.Ordinal))
                {
                    problems.Add($"{info.HelpPath} has no '{section}' section");
                }
            }

            if (!text.Contains($"| Severity | {info.Severity} |", StringComparison.Ordinal))
            {
                problems.Add($"{info.HelpPath} does not state the severity {info.Severity}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryPage_BelongsToACode()
    {
        var codes = FindingCatalog.All.Select(i => i.Code + ".md").ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(RulesFolder, "CAL*.md").Select(Path.GetFileName).Where(f => !codes.Contains(f!)).ToList();
        Assert.True(orphans.Count == 0, "pages without a code: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Index_IsCurrent()
    {
        var path = Path.Combine(RulesFolder, "README.md");
        var expected = RenderIndex();
        var actual = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CALICO_SDK_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{path} is stale; regenerate it with: CALICO_SDK_UPDATE_DOCS=1 dotnet test tests/Calico.Sdk.Tests --filter RuleDocs");
    }

    /// <summary>The index page: every code by range, with severity, title, source and whether the analyzers can run it.</summary>
    internal static string RenderIndex()
    {
        var sb = new StringBuilder();
        sb.Append("# Rules and findings\n\n");
        sb.Append("<!-- Generated from the rule catalog by tests/Calico.Sdk.Tests/Rules/RuleDocsTests.cs; do not edit. ");
        sb.Append("Regenerate with: CALICO_SDK_UPDATE_DOCS=1 dotnet test tests/Calico.Sdk.Tests --filter RuleDocs -->\n\n");
        sb.Append("Every finding Calico.Sdk reports has a stable code and a page here. Validation reports every finding at once, ");
        sb.Append("sorted, each with its option path (`calico_ipip_mode`, `groups[rack0].cluster_id`, `hosts[rr0].cluster_id`, `peers[1].as`) ");
        sb.Append("and, for imported inventories, the file, line and column of the value. Reports are written as text, JSON or SARIF 2.1.0.\n\n");
        sb.Append("| Range | What |\n|---|---|\n");
        sb.Append("| CAL0001–CAL0099 | reading and importing inventories |\n");
        sb.Append("| CAL1001–CAL1025 | Kubespray's static asserts S1–S25 (CAL10nn is Snn of `spec/kubespray-calico.md` a.1), same verdict as Kubespray, checked for every host |\n");
        sb.Append("| CAL2xxx | rules Kubespray's Calico documentation states but Kubespray does not check |\n");
        sb.Append("| CAL3xxx | what Calico's API or Felix rejects in a field Kubespray renders |\n");
        sb.Append("| CAL4xxx | design rules: what Kubespray does not check, and valid input that gives a cluster that does not work as intended |\n\n");

        sb.Append("## How Kubespray's checks are mirrored\n\n");
        sb.Append("Kubespray evaluates its checks once (`run_once`), in the context of the first host of the play. Calico.Sdk evaluates them with ");
        sb.Append("every k8s_cluster host's own merged variables (Ansible's precedence), reports once per place a wrong value is set, and names the ");
        sb.Append("hosts when only some of them see it. Where Kubespray's verdict depends on host order (CAL1005), the message says so.\n\n");
        sb.Append("Kubespray skips S1–S14 and S24 when `ignore_assert_errors` is true. Calico.Sdk still reports them, as warnings that say the run goes on ");
        sb.Append("with the bad value; where Calico then rejects the value, a CAL3xxx error says so. The other asserts are not skippable and stay errors. ");
        sb.Append("Kubespray's Calico checks (S1–S16) run only with `kube_network_plugin: calico` (see CAL4012).\n\n");

        sb.Append("## Compile time\n\n");
        sb.Append("A rule can run at compile time when every option it reads can be set cluster-wide and it reads no hosts, groups or non-catalog ");
        sb.Append("variables: a builder chain of constants then gives it all it needs, and it reports with the same code and message as at run time. ");
        sb.Append("The column \"Compile time\" says which rules the Roslyn analyzers run on any builder chain of constants; the others they run ");
        sb.Append("when the chain also declares its hosts with constants. See [the analyzers](../analyzers.md).\n\n");

        void Table(string title, IEnumerable<FindingInfo> infos, bool rules)
        {
            sb.Append("## ").Append(title).Append("\n\n");
            sb.Append(rules ? "| Code | Severity | Title | Source | Calico versions | Compile time |\n|---|---|---|---|---|---|\n" : "| Code | Severity | Title |\n|---|---|---|\n");
            foreach (var i in infos)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| [{i.Code}]({i.Code}.md) | {i.Severity} | {i.Title} |");
                if (rules)
                {
                    var r = i.Rule!;
                    var source = i.Source + (r.KubesprayReference is { } s ? " " + s : string.Empty);
                    var versions = (r.MinVersion, r.UntilVersion) switch
                    {
                        ({ } min, { } until) => $"{min} to before {until}",
                        ({ } min, null) => $"{min} and later",
                        (null, { } until) => $"before {until}",
                        _ => "all",
                    };
                    sb.Append(CultureInfo.InvariantCulture, $" {source} | {versions} | {(r.CompileTimeEligible ? "yes" : "no")} |");
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        var all = FindingCatalog.All;
        Table("Reading inventories", all.Where(i => i.Rule is null && i.Code.StartsWith("CAL00", StringComparison.Ordinal) && i.Code != CalicoValidator.RuleFailure.Code), rules: false);
        Table("Kubespray's asserts", all.Where(i => i.Rule?.Source == RuleSource.KubesprayAssert), rules: true);
        Table("Kubespray's Calico documentation", all.Where(i => i.Rule?.Source == RuleSource.KubesprayDocs), rules: true);
        Table("Calico's API", all.Where(i => i.Rule?.Source == RuleSource.CalicoApi), rules: true);
        Table("Design", all.Where(i => i.Rule?.Source == RuleSource.Design), rules: true);
        Table("Internal", all.Where(i => i.Code == CalicoValidator.RuleFailure.Code), rules: false);

        sb.Append("## Statements of Kubespray's Calico documentation and the rules that check them\n\n");
        sb.Append("| Statement | Rules |\n|---|---|\n");
        foreach (var (statement, codes) in new (string, string)[]
        {
            ("IPIP needs the bird backend", "CAL2001"),
            ("BGP (no encapsulation) needs the bird backend", "CAL2002"),
            ("IPIP and VXLAN are mutually exclusive, per address family", "CAL1010, CAL1011 (IPv4), CAL2003 (IPv6), CAL3006"),
            ("kdd with more than 50 nodes needs Typha, about one replica per 100–200 nodes", "CAL2004, CAL4011"),
            ("VXLAN over IPv6 needs kernel 3.12 or later", "CAL2005"),
            ("eBPF and kube-proxy; IPVS leftovers", "CAL2006, CAL2007"),
            ("eBPF does not work on Ubuntu's -kvm kernel", "CAL2008"),
            ("eBPF with the localhost API load balancer: same port, automatic host endpoints", "CAL2009, CAL2010"),
            ("Wireguard on CentOS 7/8, AlmaLinux 8, Rocky 8, Amazon Linux 2 needs EPEL", "CAL2011"),
            ("Custom pool CIDRs must lie inside kube_pods_subnet*", "CAL1015, CAL1016"),
            ("calico_rr inside k8s_cluster; cluster_id an IPv4 address", "CAL1006, CAL1005"),
            ("Global and per-node peers under hash_behaviour=replace", "CAL2012, CAL4016"),
            ("calico_veth_mtu is the network MTU minus the encapsulation overhead", "CAL2014, CAL4004, CAL4019"),
            ("calico_endpoint_to_host_action values; DROP breaks pod to host traffic", "CAL4001, CAL2013"),
            ("A cloud provider means calico_ipip_mode Always", "CAL2015"),
        })
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {statement} | {codes} |\n");
        }

        return sb.ToString();
    }
}
