using System.CommandLine;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Output;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cli;

/// <content>Rendering Calico resources and the operator migration; helpers shared by the commands that read an inventory.</content>
public static partial class CliApp
{
    private const string ProjectCalicoV3 = "projectcalico.org/v3";
    private const string CrdProjectCalicoV1 = "crd.projectcalico.org/v1";

    private static Command RenderCalicoCommand(TextWriter stdout, TextWriter stderr)
    {
        var inventory = InventoryArgument();
        var output = new Option<string>("--out") { Description = "Folder to write to.", Required = true };
        var apiGroup = new Option<string>("--api-group") { Description = $"{ProjectCalicoV3} (for calicoctl, the default) or {CrdProjectCalicoV1} (for kubectl, straight into the Kubernetes datastore).", DefaultValueFactory = _ => ProjectCalicoV3 };
        apiGroup.AcceptOnlyFromAmong(ProjectCalicoV3, CrdProjectCalicoV1);
        var format = FormatOption("yaml (one multi-document file per step) or json (one file per object).", "yaml", "json");
        var force = ForceOption();
        var command = new Command("calico", "Render the Calico resources Kubespray's Calico role creates (FelixConfiguration, IP pools, BGP, ConfigMaps, calico-node patches) and apply.sh. Refuses a configuration with error findings unless --force.");
        command.Arguments.Add(inventory);
        command.Options.Add(output);
        command.Options.Add(apiGroup);
        command.Options.Add(format);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var loaded = Load(parse.GetValue(inventory)!, stderr);
            if (loaded is null)
            {
                return UsageError;
            }

            var options = new CalicoRenderOptions
            {
                ApiGroup = parse.GetValue(apiGroup) == CrdProjectCalicoV1 ? CalicoApiGroup.CrdProjectCalicoV1 : CalicoApiGroup.ProjectCalicoV3,
                Format = parse.GetValue(format) == "json" ? ManifestFormat.Json : ManifestFormat.Yaml,
                Force = parse.GetValue(force),
            };
            var set = RenderOrRefuse(loaded, options, stderr);
            if (set is null)
            {
                return ErrorFindings;
            }

            foreach (var path in set.WriteTo(parse.GetValue(output)!))
            {
                stdout.WriteLine(path);
            }

            return Ok;
        });
        return command;
    }

    private static Command RenderOperatorCommand(TextWriter stdout, TextWriter stderr)
    {
        var inventory = InventoryArgument();
        var output = new Option<string>("--out") { Description = "Folder to write to.", Required = true };
        var force = ForceOption();
        var command = new Command("operator", "Render the Tigera operator's Installation, the projectcalico.org/v3 resources the operator does not own, and GAPS.md, the options the operator cannot express. Exit 1 when a gap is a blocker.");
        command.Arguments.Add(inventory);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var loaded = Load(parse.GetValue(inventory)!, stderr);
            if (loaded is null)
            {
                return UsageError;
            }

            var isForced = parse.GetValue(force);
            if (!CheckImport(loaded, isForced, stderr))
            {
                return ErrorFindings;
            }

            OperatorMigration migration;
            try
            {
                migration = loaded.Cluster.Operator(isForced);
            }
            catch (CalicoConfigurationException ex)
            {
                Refuse(ex.Errors, stderr);
                return ErrorFindings;
            }

            foreach (var path in migration.WriteTo(parse.GetValue(output)!))
            {
                stdout.WriteLine(path);
            }

            if (migration.Gaps.IsEmpty)
            {
                stdout.WriteLine("The operator can express every Kubespray setting of this cluster.");
            }
            else
            {
                stdout.WriteLine($"{migration.Gaps.Count} option(s) the operator cannot express (also in GAPS.md):");
                foreach (var gap in migration.Gaps)
                {
                    stdout.WriteLine("  " + gap);
                }
            }

            foreach (var blocker in migration.Gaps.Where(g => g.Severity == OperatorGapSeverity.Blocker))
            {
                stderr.WriteLine($"error: the operator cannot run this cluster: {blocker.Variable}={blocker.Value}: {blocker.Reason}");
            }

            return migration.HasBlockers ? ErrorFindings : Ok;
        });
        return command;
    }

    private static Argument<string> InventoryArgument() =>
        new("inventory") { Description = "Inventory file (INI or YAML) or the directory holding it, with group_vars/ and host_vars/." };

    /// <summary><c>--format</c> accepting only <paramref name="values"/>; the first is the default.</summary>
    private static Option<string> FormatOption(string description, params string[] values)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => values[0] };
        format.AcceptOnlyFromAmong(values);
        return format;
    }

    private static Option<bool> ForceOption() =>
        new("--force") { Description = "Go on even when the configuration has error findings (they are still listed on stderr)." };

    /// <summary>An imported inventory: the cluster and the import findings.</summary>
    private sealed record LoadedInventory(CalicoCluster Cluster, IReadOnlyList<Finding> Findings);

    /// <summary>Imports an inventory; prints why and returns null when nothing could be read.</summary>
    private static LoadedInventory? Load(string path, TextWriter stderr)
    {
        var result = KubesprayInventory.Import(path);
        if (result.Cluster is null)
        {
            stderr.Write(FindingReport.ToText(result.Findings));
            stderr.WriteLine($"error: cannot read the inventory '{path}'");
            return null;
        }

        return new LoadedInventory(result.Cluster, result.Findings);
    }

    /// <summary>
    /// Import errors (a value that cannot be read, for instance) stop a command as validation errors do: prints them and
    /// returns false, unless forced.
    /// </summary>
    private static bool CheckImport(LoadedInventory loaded, bool force, TextWriter stderr)
    {
        var errors = loaded.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return true;
        }

        if (!force)
        {
            Refuse(errors, stderr);
            return false;
        }

        WriteFindings(stderr, errors);
        return true;
    }

    /// <summary>Renders the Calico resources, or prints the error findings that stop it and returns null.</summary>
    private static CalicoResourceSet? RenderOrRefuse(LoadedInventory loaded, CalicoRenderOptions options, TextWriter stderr)
    {
        if (!CheckImport(loaded, options.Force, stderr))
        {
            return null;
        }

        try
        {
            var set = loaded.Cluster.Calico(options);
            var errors = set.Findings.Count(f => f.Severity == FindingSeverity.Error);
            if (errors > 0)
            {
                stderr.WriteLine($"warning: going on despite {errors} error finding(s) (--force)");
            }

            WriteFindings(stderr, set.Findings.Where(f => f.Severity != FindingSeverity.Info));
            return set;
        }
        catch (CalicoConfigurationException ex)
        {
            Refuse(ex.Errors, stderr);
            return null;
        }
    }

    private static void Refuse(IEnumerable<Finding> errors, TextWriter stderr)
    {
        var list = errors.OrderBy(f => f, FindingComparer.Instance).ToList();
        stderr.WriteLine($"error: refusing: the configuration has {list.Count} error finding(s) ({string.Join(", ", list.Select(f => f.Code).Distinct())}); fix them, or pass --force");
        WriteFindings(stderr, list);
    }

    private static void WriteFindings(TextWriter writer, IEnumerable<Finding> findings)
    {
        foreach (var f in findings.OrderBy(f => f, FindingComparer.Instance))
        {
            writer.WriteLine(f);
        }
    }
}
