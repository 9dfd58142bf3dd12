using System.CommandLine;
using System.CommandLine.Parsing;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Kubernetes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cli;

/// <content>The commands that talk to a running cluster: <c>apply</c>, <c>diff</c> and <c>status</c>, over <see cref="ICalicoDatastore"/>.</content>
public static partial class CliApp
{
    private static Command ApplyCommand(TextWriter stdout, TextWriter stderr)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and merge, report what would change, write nothing." };
        var prune = new Option<bool>("--prune") { Description = "Also delete IP pools and BGP peers that are not rendered; each is listed before it is deleted, and an enabled pool is never deleted." };
        var continueAfterConflict = new Option<bool>("--continue-after-conflict") { Description = "Go on with later steps after a conflict or failure (by default the remaining steps are skipped, so the mesh never goes off before its replacement peers exist)." };
        return RenderedResourcesCommand(
            "apply",
            "Apply the rendered Calico resources to a running cluster with Kubespray's merge semantics: write only what changes, never over a concurrent change. Progress goes to stderr.",
            stderr,
            async (parse, store, set, json) =>
            {
                var options = new ApplyOptions { DryRun = parse.GetValue(dryRun), Prune = parse.GetValue(prune), ContinueAfterConflict = parse.GetValue(continueAfterConflict) };
                var result = await store.ApplyAsync(set, options, new LineProgress(stderr)).ConfigureAwait(false);
                stdout.Write(json ? StatusFormatter.ToJson(result) : result.ToString());
                WriteErrorFindings(stderr, result.Findings);
                return result.Succeeded ? Ok : ErrorFindings;
            },
            dryRun,
            prune,
            continueAfterConflict);
    }

    private static Command DiffCommand(TextWriter stdout, TextWriter stderr) => RenderedResourcesCommand(
        "diff",
        "Compare the rendered Calico resources with a running cluster, field by field; list IP pools and BGP peers that are not rendered. Exit 1 on error-level drift (CAL5001: Kubespray's upgrade guard would stop).",
        stderr,
        async (_, store, set, json) =>
        {
            var report = await store.DiffAsync(set).ConfigureAwait(false);
            stdout.Write(json ? StatusFormatter.ToJson(report) : report.ToString());
            WriteErrorFindings(stderr, report.Findings);
            return report.Findings.Any(f => f.Severity == FindingSeverity.Error) ? ErrorFindings : Ok;
        });

    /// <summary>
    /// apply and diff: an inventory, a datastore, <c>--format text|json</c> and <c>--force</c>. The inventory is rendered
    /// (refused on error findings, as <c>render calico</c> does), the datastore connected, then <paramref name="run"/>
    /// gets the parse result, the datastore, the resources and whether JSON was asked for.
    /// </summary>
    private static Command RenderedResourcesCommand(
        string name,
        string description,
        TextWriter stderr,
        Func<ParseResult, ICalicoDatastore, CalicoResourceSet, bool, Task<int>> run,
        params Option[] extraOptions)
    {
        var inventory = InventoryArgument();
        var connection = new DatastoreOptions();
        var format = ResultFormatOption();
        var force = ForceOption();
        var command = new Command(name, description);
        command.Arguments.Add(inventory);
        connection.AddTo(command);
        foreach (var option in extraOptions)
        {
            command.Options.Add(option);
        }

        command.Options.Add(format);
        command.Options.Add(force);
        command.SetAction(parse => RunAsync(async () =>
        {
            var (set, refused) = LoadAndRender(parse.GetValue(inventory)!, parse.GetValue(force), connection.Datastore(parse), stderr);
            if (set is null)
            {
                return refused;
            }

            await using var store = connection.Connect(parse);
            return await run(parse, store, set, parse.GetValue(format) == "json").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command StatusCommand(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "nodes (the default), ippools, workloadendpoints or hostendpoints; calicoctl's short names work too.", DefaultValueFactory = _ => "nodes" };
        kind.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!StatusKinds.TryParse(text, out _))
            {
                result.AddError($"'{text}' is not a status kind: use nodes, ippools, workloadendpoints or hostendpoints");
            }
        });
        var connection = new DatastoreOptions();
        var format = FormatOption("table (calicoctl's -o wide columns) or json.", "table", "json");
        var command = new Command("status", "Show what runs in the cluster: Calico nodes (with calico-node pods and BGP sessions), IP pools, workload or host endpoints. Needs no inventory.");
        command.Arguments.Add(kind);
        connection.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse => RunAsync(async () =>
        {
            if (!StatusKinds.TryParse(parse.GetValue(kind), out var statusKind))
            {
                return UsageError; // the argument's validator has already said why
            }

            await using var store = connection.Connect(parse);
            var status = await store.StatusAsync(statusKind).ConfigureAwait(false);
            stdout.Write(parse.GetValue(format) == "json" ? StatusFormatter.ToJson(status) : StatusFormatter.ToTable(status));
            WriteErrorFindings(stderr, status.Findings);
            return status.Findings.Any(f => f.Severity == FindingSeverity.Error) ? ErrorFindings : Ok;
        }));
        return command;
    }

    private static Option<string> ResultFormatOption() => FormatOption("Output format: text or json.", "text", "json");

    /// <summary>
    /// Imports and renders (projectcalico.org/v3, which both adapters take). Without a set, after printing why: the exit
    /// code, 2 for an unreadable inventory, 1 for a refused configuration.
    /// </summary>
    private static (CalicoResourceSet? Set, int Exit) LoadAndRender(string inventory, bool force, CalicoDatastore target, TextWriter stderr)
    {
        var loaded = Load(inventory, stderr);
        if (loaded is null)
        {
            return (null, UsageError);
        }

        // Not an error (a cluster may be moving between datastores), but most often the wrong inventory or the wrong flag.
        var configured = loaded.Cluster.Get(CalicoOptions.Datastore);
        if (configured != target)
        {
            stderr.WriteLine($"warning: the inventory sets calico_datastore: {DatastoreName(configured)}, but {(target == CalicoDatastore.Etcd ? "--etcd-endpoints" : "--kubeconfig")} talks to the {DatastoreName(target)} datastore");
        }

        var set = RenderOrRefuse(loaded, new CalicoRenderOptions { Force = force, IncludeApplyScript = false }, stderr);
        return (set, set is null ? ErrorFindings : Ok);
    }

    private static string DatastoreName(CalicoDatastore datastore) => datastore == CalicoDatastore.Etcd ? "etcd" : "kdd";

    private static void WriteErrorFindings(TextWriter stderr, IEnumerable<Finding> findings) =>
        WriteFindings(stderr, findings.Where(f => f.Severity == FindingSeverity.Error));

    /// <summary>
    /// Runs an asynchronous action to completion on the thread pool: the library calls are asynchronous, the command
    /// line is not, and no caller's synchronisation context may be captured.
    /// </summary>
    private static int RunAsync(Func<Task<int>> action) => Task.Run(action).GetAwaiter().GetResult();

    /// <summary>Writes each progress report as one line, in order, from whichever thread reports it.</summary>
    private sealed class LineProgress(TextWriter writer) : IProgress<ApplyProgress>
    {
        private readonly object _lock = new();

        public void Report(ApplyProgress value)
        {
            lock (_lock)
            {
                writer.WriteLine(value.ToString());
            }
        }
    }

    /// <summary>The options that say which datastore to talk to: exactly one of a kubeconfig or etcd endpoints.</summary>
    private sealed class DatastoreOptions
    {
        private readonly Option<string?> _kubeconfig = new("--kubeconfig") { Description = "Kubernetes datastore (calico_datastore: kdd): the kubeconfig file." };
        private readonly Option<string?> _context = new("--context") { Description = "The kubeconfig context (default: the current one)." };
        private readonly Option<string?> _endpoints = new("--etcd-endpoints") { Description = "etcd datastore (calico_datastore: etcd): comma-separated client URLs, such as https://10.0.0.1:2379." };
        private readonly Option<string?> _ca = new("--etcd-ca") { Description = "PEM CA certificate of the etcd server (Kubespray: ca_cert.crt in calico_cert_dir)." };
        private readonly Option<string?> _cert = new("--etcd-cert") { Description = "PEM client certificate (cert.crt); needs --etcd-key." };
        private readonly Option<string?> _key = new("--etcd-key") { Description = "PEM client key (key.pem); needs --etcd-cert." };

        public void AddTo(Command command)
        {
            command.Options.Add(_kubeconfig);
            command.Options.Add(_context);
            command.Options.Add(_endpoints);
            command.Options.Add(_ca);
            command.Options.Add(_cert);
            command.Options.Add(_key);
            command.Validators.Add(Validate);
        }

        private void Validate(CommandResult result)
        {
            var kubeconfig = result.GetValue(_kubeconfig);
            var endpoints = result.GetValue(_endpoints);
            if ((kubeconfig is null) == (endpoints is null))
            {
                result.AddError("give exactly one of --kubeconfig (Kubernetes datastore) or --etcd-endpoints (etcd datastore)");
            }

            if (endpoints is null && (result.GetValue(_ca) ?? result.GetValue(_cert) ?? result.GetValue(_key)) is not null)
            {
                result.AddError("--etcd-ca, --etcd-cert and --etcd-key need --etcd-endpoints");
            }

            if (kubeconfig is null && result.GetValue(_context) is not null)
            {
                result.AddError("--context needs --kubeconfig");
            }

            if ((result.GetValue(_cert) is null) != (result.GetValue(_key) is null))
            {
                result.AddError("--etcd-cert and --etcd-key go together");
            }
        }

        /// <summary>Which kind of datastore the options name.</summary>
        public CalicoDatastore Datastore(ParseResult parse) => parse.GetValue(_endpoints) is null ? CalicoDatastore.Kdd : CalicoDatastore.Etcd;

        /// <summary>Connects (no request is sent yet). Missing files, malformed endpoints or kubeconfigs throw, and the command line reports them as usage errors.</summary>
        public ICalicoDatastore Connect(ParseResult parse)
        {
            if (parse.GetValue(_endpoints) is { } endpoints)
            {
                string? ca = parse.GetValue(_ca), cert = parse.GetValue(_cert), key = parse.GetValue(_key);
                foreach (var file in new[] { ca, cert, key }.OfType<string>())
                {
                    RequireFile(file);
                }

                var tls = ca is null && cert is null ? null : new EtcdTlsOptions(ca, cert, key);

                // Read the PEM files now (a CA file without a certificate included), so that a malformed one is a
                // usage error rather than an unreachable etcd.
                tls?.CreateSslOptions();
                return EtcdDatastore.Connect(endpoints, tls);
            }

            var kubeconfig = parse.GetValue(_kubeconfig)!;
            RequireFile(kubeconfig);
            try
            {
                return KubernetesDatastore.Connect(kubeconfig, parse.GetValue(_context));
            }
            catch (Exception ex) when (ex is not k8s.Exceptions.KubeConfigException and not IOException)
            {
                // Anything else KubernetesClient throws for a file it cannot use: the file is not a kubeconfig.
                throw new InvalidDataException($"'{kubeconfig}' is not a kubeconfig: {ex.Message}", ex);
            }
        }

        private static void RequireFile(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"'{path}' does not exist", path);
            }
        }
    }
}
