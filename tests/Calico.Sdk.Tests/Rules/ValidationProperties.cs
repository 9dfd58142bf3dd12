using Calico.Sdk.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>Validation as a specification: properties over generated models.</summary>
public class ValidationProperties
{
    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 300)]
    public void Validation_NeverThrows_AndNoRuleFails_OnAnyModel(AnyModel model)
    {
        var report = model.Cluster.Validate();
        Assert.DoesNotContain(report.Findings, f => f.Code == CalicoValidator.RuleFailure.Code);
    }

    /// <summary>The same over models built in code with any typed value of every option (the round-trip tests' generator).</summary>
    [Property(MaxTest = 200)]
    public Property Validation_NeverThrows_OnBuiltModels() =>
        Prop.ForAll(RandomClusters.Arbitrary(), cluster => !cluster.Validate().Findings.Any(f => f.Code == CalicoValidator.RuleFailure.Code));

    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 100)]
    public void PartialValidation_NeverThrows_WhateverIsKnown(AnyModel model, int knownMask, bool topologyKnown)
    {
        var report = CalicoValidator.ValidatePartial(model.Cluster, o => ((o.Name.GetHashCode(StringComparison.Ordinal) ^ knownMask) & 3) != 0, topologyKnown);
        Assert.DoesNotContain(report.Findings, f => f.Code == CalicoValidator.RuleFailure.Code);
    }

    /// <summary>
    /// The analyzers run a rule when the options in its Reads are known: a rule that read anything else would be
    /// skipped (or, worse, guess). Run each rule knowing exactly its Reads (and the topology only when it says it
    /// reads it) and check that it is never skipped.
    /// </summary>
    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 150)]
    public void EveryRule_ReadsOnlyWhatItDeclares(AnyModel model)
    {
        foreach (var rule in CalicoRules.All)
        {
            // The target Calico version (calico_version) is an input of every rule: it decides whether the rule applies
            // and some messages name it. In partial mode an unknown calico_version skips such rules.
            var reads = new HashSet<CalicoOption>(rule.Reads) { CalicoOptions.CalicoVersion };
            var report = CalicoValidator.ValidatePartial(model.Cluster, reads.Contains, rule.ReadsTopology, rules: [rule]);
            Assert.True(report.Skipped.Count == 0, $"{rule.Code} read {string.Join(", ", report.Skipped.Select(s => s.Unknown))}, which is not in its Reads{(rule.ReadsTopology ? string.Empty : " (or it read the hosts without ReadsTopology)")}");
            Assert.DoesNotContain(report.Findings, f => f.Code == CalicoValidator.RuleFailure.Code);
        }
    }

    /// <summary>A rule that needs no topology gives the same verdict on the cluster-wide values whether or not the hosts are known.</summary>
    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 50)]
    public void CompileTimeRules_RunWithoutTopology(ValidModel model)
    {
        foreach (var rule in CalicoRules.All.Where(r => r.CompileTimeEligible))
        {
            var report = CalicoValidator.ValidatePartial(model.Cluster, _ => true, topologyKnown: false, rules: [rule]);
            Assert.Empty(report.Skipped);
        }
    }

    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 300)]
    public void ValidChoices_YieldNoError(ValidModel model)
    {
        var errors = model.Cluster.Validate().Errors.ToList();
        Assert.True(errors.Count == 0, $"{model}: {string.Join(" | ", errors)}");
    }

    /// <summary>The rules' fast host index resolves every host's values exactly as the model's own Ansible precedence does.</summary>
    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 200)]
    public void HostIndex_AgreesWith_FindForHost(AnyModel model)
    {
        var cluster = model.Cluster;
        var index = HostIndex.For(cluster);
        var options = cluster.Groups.SelectMany(g => g.Vars.Options).Concat(cluster.Hosts.SelectMany(h => h.Vars.Options)).Select(a => a.Option).Distinct().ToList();
        foreach (var host in cluster.Hosts)
        {
            var i = index.IndexOf(host.Name);
            foreach (var option in options)
            {
                var fast = index.ResolveHost(i, option);
                var slow = cluster.FindForHost(host.Name, option);
                if (fast.IsUnreadable)
                {
                    // A value kept verbatim outranks a typed one; the model's typed lookup does not see it.
                    continue;
                }

                Assert.Same(slow?.Assignment, fast.Assignment);
            }
        }
    }
}
