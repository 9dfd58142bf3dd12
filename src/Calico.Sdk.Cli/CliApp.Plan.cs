using System.CommandLine;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cli;

/// <content>The <c>plan</c> command, over <see cref="MigrationPlans"/>.</content>
public static partial class CliApp
{
    private static readonly string[] PlanKinds = ["ipip-to-vxlan", "ebpf", "pool-cidr", "route-reflectors"];

    private static Command PlanCommand(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "ipip-to-vxlan, ebpf, pool-cidr (needs --new-cidr) or route-reflectors (the inventory is the target, with its calico_rr hosts)." };
        kind.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!PlanKinds.Contains(text, StringComparer.Ordinal))
            {
                result.AddError($"'{text}' is not a plan kind: use {string.Join(", ", PlanKinds)}");
            }
        });
        var inventory = InventoryArgument();
        var format = FormatOption("script (POSIX sh that stops at the first failed check) or json.", "script", "json");
        var newCidr = new Option<string?>("--new-cidr") { Description = "pool-cidr: the new pool CIDR; its address family selects the pool to move." };
        var newPoolName = new Option<string?>("--new-pool-name") { Description = "pool-cidr: the new pool's name (default: the old name with the new CIDR appended)." };
        var command = new Command("plan", "Print the ordered, checkable steps of a migration of a running cluster, computed from the inventory: a shell script or JSON.");
        command.Arguments.Add(kind);
        command.Arguments.Add(inventory);
        command.Options.Add(format);
        command.Options.Add(newCidr);
        command.Options.Add(newPoolName);
        command.SetAction(parse =>
        {
            // Checked here rather than in a command validator: reading the kind argument there would skip its own validator.
            var isPoolCidr = parse.GetValue(kind) == "pool-cidr";
            if (isPoolCidr && parse.GetValue(newCidr) is null)
            {
                stderr.WriteLine("error: plan pool-cidr needs --new-cidr, such as --new-cidr 10.244.0.0/16");
                return UsageError;
            }

            if (!isPoolCidr && (parse.GetValue(newCidr) is not null || parse.GetValue(newPoolName) is not null))
            {
                stderr.WriteLine("error: --new-cidr and --new-pool-name only apply to plan pool-cidr");
                return UsageError;
            }

            Cidr cidr = default;
            if (parse.GetValue(newCidr) is { } text && !Cidr.TryParse(text, out cidr, out var error))
            {
                stderr.WriteLine($"error: --new-cidr '{text}' is not a CIDR: {error}");
                return UsageError;
            }

            var loaded = Load(parse.GetValue(inventory)!, stderr);
            if (loaded is null)
            {
                return UsageError;
            }

            if (!CheckImport(loaded, force: false, stderr))
            {
                return ErrorFindings;
            }

            var plan = parse.GetValue(kind) switch
            {
                "ipip-to-vxlan" => MigrationPlans.IpipToVxlan(loaded.Cluster),
                "ebpf" => MigrationPlans.EnableEbpf(loaded.Cluster),
                "pool-cidr" => MigrationPlans.MovePoolCidr(loaded.Cluster, cidr, parse.GetValue(newPoolName)),
                _ => MigrationPlans.IntroduceRouteReflectors(loaded.Cluster),
            };
            stdout.Write(parse.GetValue(format) == "json" ? plan.ToJson() : plan.ToShellScript());
            return Ok;
        });
        return command;
    }
}
