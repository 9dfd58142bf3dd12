using System.CommandLine;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Manifests;
using Calico.Sdk.Output;

namespace Calico.Sdk.Cli;

/// <summary>The <c>calico-sdk</c> command line, thin over the library. Exit codes: 0 ok, 1 error findings (or a refusal), 2 usage error or unreadable input.</summary>
public static partial class CliApp
{
    /// <summary>Exit code: success, no error findings.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the input has error findings.</summary>
    public const int ErrorFindings = 1;

    /// <summary>Exit code: wrong usage, or the input could not be read at all.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("calico-sdk: describe, check and render Calico networking for Kubespray clusters.");
        root.Subcommands.Add(ImportCommand(stdout, stderr));
        root.Subcommands.Add(RenderCommand(stdout, stderr));
        root.Subcommands.Add(LintCommand(stdout, stderr));
        root.Subcommands.Add(MtuCommand(stdout, stderr));
        root.Subcommands.Add(PlanCommand(stdout, stderr));
        root.Subcommands.Add(ApplyCommand(stdout, stderr));
        root.Subcommands.Add(DiffCommand(stdout, stderr));
        root.Subcommands.Add(StatusCommand(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                stderr.WriteLine("error: " + e.Message);
            }

            stderr.WriteLine("Run 'calico-sdk --help' for usage.");
            return UsageError;
        }

        try
        {
            // Without the default handler, exceptions reach the catch clauses below instead of being printed with a stack trace.
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (IsInputProblem(ex))
        {
            stderr.WriteLine("error: " + ex.Message);
            return UsageError;
        }
        catch (Exception ex)
        {
            // A bug, not the user's fault: still a one-line message and an exit code rather than a crash.
            stderr.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            return ErrorFindings;
        }
    }

    // Files that cannot be read or written, malformed certificates, kubeconfigs and endpoints.
    private static bool IsInputProblem(Exception ex) =>
        ex is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or FormatException
            or System.Security.Cryptography.CryptographicException or k8s.Exceptions.KubeConfigException;

    private static Command ImportCommand(TextWriter stdout, TextWriter stderr)
    {
        var inventory = new Argument<string>("inventory") { Description = "Inventory file (INI or YAML) or the directory holding it, with group_vars/ and host_vars/." };
        var format = ResultFormatOption();
        var command = new Command("import", "Import a Kubespray inventory and print the model (Kubespray names as keys) and every finding.");
        command.Arguments.Add(inventory);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var result = KubesprayInventory.Import(parse.GetValue(inventory)!);
            if (result.Cluster is null)
            {
                stderr.Write(FindingReport.ToText(result.Findings));
                return UsageError;
            }

            stdout.Write(parse.GetValue(format) == "json"
                ? ClusterDescription.ToJson(result.Cluster, result.Findings)
                : ClusterDescription.ToText(result.Cluster, result.Findings));
            return result.HasErrors ? ErrorFindings : Ok;
        });
        return command;
    }

    private static Command LintCommand(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inventory-or-manifest") { Description = "Inventory files or directories, or Calico manifests (YAML or JSON files with apiVersion and kind, or folders of them) to check.", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption("Output format: text, json or sarif.", "text", "json", "sarif");
        var version = new Option<string?>("--calico-version") { Description = $"Target Calico version (default: the inventory's calico_version, else {CalicoVersion.KubesprayDefault}, the version Kubespray pins)." };
        var command = new Command("lint", "Check inventories with every rule (Kubespray's asserts, its documented rules, Calico's API rules, design rules), and Calico manifests with the CRD schemas and Calico's field rules; report all findings at once.");
        command.Arguments.Add(inputs);
        command.Options.Add(format);
        command.Options.Add(version);
        command.SetAction(parse =>
        {
            CalicoVersion? target = null;
            if (parse.GetValue(version) is { } text)
            {
                if (!CalicoVersion.TryParse(text, out var v))
                {
                    stderr.WriteLine($"error: '{text}' is not a Calico version such as {CalicoVersion.KubesprayDefault}");
                    return UsageError;
                }

                target = v;
            }

            var findings = new List<Finding>();
            var unreadable = false;
            var manifests = new List<string>();
            foreach (var input in parse.GetValue(inputs)!)
            {
                if (CalicoManifests.IsManifest(input))
                {
                    manifests.Add(input);
                    continue;
                }

                var imported = KubesprayInventory.Import(input);
                if (imported.Cluster is null)
                {
                    unreadable = true;
                    findings.AddRange(imported.Findings);
                    continue;
                }

                var report = imported.Cluster.Validate(new ValidationOptions { CalicoVersion = target }).WithImportFindings(imported.Findings);
                findings.AddRange(report.Findings);
            }

            if (manifests.Count > 0)
            {
                var linted = CalicoManifests.Lint(manifests);
                unreadable |= linted.HasUnreadableInput;
                findings.AddRange(linted.Findings);
            }

            findings.Sort(FindingComparer.Instance);
            stdout.Write(parse.GetValue(format) switch
            {
                "json" => FindingsJson(findings),
                "sarif" => SarifReport.ToJson(findings),
                _ => FindingReport.ToText(findings),
            });
            return unreadable ? UsageError : findings.Any(f => f.Severity == FindingSeverity.Error) ? ErrorFindings : Ok;
        });
        return command;
    }

    private static string FindingsJson(IEnumerable<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            FindingReport.WriteJson(writer, findings);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static Command RenderCommand(TextWriter stdout, TextWriter stderr)
    {
        var render = new Command("render", "Render files from a cluster description.");
        var inventory = new Argument<string>("inventory") { Description = "Inventory file or directory to read." };
        var output = new Option<string>("--out") { Description = "Folder to write to.", Required = true };
        var includeDefaults = new Option<bool>("--include-defaults") { Description = "Also write every option at its Kubespray default." };
        var inventoryFormat = new Option<string>("--inventory-format") { Description = "ini (inventory.ini) or yaml (hosts.yaml).", DefaultValueFactory = _ => "ini" };
        inventoryFormat.AcceptOnlyFromAmong("ini", "yaml");
        var kubespray = new Command("kubespray", "Render the Kubespray inventory (inventory file, group_vars/, host_vars/).");
        kubespray.Arguments.Add(inventory);
        kubespray.Options.Add(output);
        kubespray.Options.Add(includeDefaults);
        kubespray.Options.Add(inventoryFormat);
        kubespray.SetAction(parse =>
        {
            var result = KubesprayInventory.Import(parse.GetValue(inventory)!);
            stderr.Write(FindingReport.ToText(result.Findings));
            if (result.Cluster is null)
            {
                return UsageError;
            }

            var options = new KubesprayRenderOptions
            {
                IncludeDefaults = parse.GetValue(includeDefaults),
                Format = parse.GetValue(inventoryFormat) == "yaml" ? InventoryFormat.Yaml : InventoryFormat.Ini,
            };
            var written = result.Cluster.Kubespray(options).WriteTo(parse.GetValue(output)!);
            foreach (var path in written)
            {
                stdout.WriteLine(path);
            }

            return result.HasErrors ? ErrorFindings : Ok;
        });
        render.Subcommands.Add(kubespray);
        render.Subcommands.Add(RenderCalicoCommand(stdout, stderr));
        render.Subcommands.Add(RenderOperatorCommand(stdout, stderr));
        return render;
    }
}
