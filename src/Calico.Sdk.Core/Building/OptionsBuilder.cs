namespace Calico.Sdk;

/// <summary>Base of the per-area sub-builders: each setter writes one catalog option cluster-wide.</summary>
/// <typeparam name="TSelf">The concrete builder, returned for chaining.</typeparam>
public abstract class OptionsBuilder<TSelf>
    where TSelf : OptionsBuilder<TSelf>
{
    private protected OptionsBuilder(CalicoClusterBuilder owner) => Owner = owner;

    private protected CalicoClusterBuilder Owner { get; }

    /// <summary>Sets any catalog option cluster-wide.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public TSelf Set<T>(CalicoOption<T> option, T value)
        where T : notnull
    {
        Owner.SetCluster(option, value);
        return (TSelf)this;
    }
}
