using Calico.Sdk.Cluster;

namespace Calico.Sdk.Integration.Tests.Support;

/// <summary>Progress that runs its callback at once, on the reporting thread (Progress&lt;T&gt; posts it later).</summary>
public sealed class SyncProgress(Action<ApplyProgress> onReport) : IProgress<ApplyProgress>
{
    public List<ApplyProgress> Reports { get; } = [];

    public void Report(ApplyProgress value)
    {
        Reports.Add(value);
        onReport(value);
    }
}
