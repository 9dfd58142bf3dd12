using System.Collections;

namespace Calico.Sdk;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal items in the same order.
/// Records that hold collections use it so that <c>==</c> compares contents, not references.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
#if NET8_0_OR_GREATER
// Without a builder, a collection expression ([a, b]) would call the immutable Add and silently produce an empty array.
[System.Runtime.CompilerServices.CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
#endif
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items; copied, so later changes to the source do not leak in.</param>
    public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

    private EquatableArray(T[] items, bool _) => _items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    internal static EquatableArray<T> Wrap(T[] items) => new(items, true);

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>Returns a new array with <paramref name="item"/> appended.</summary>
    /// <param name="item">The item to append.</param>
    public EquatableArray<T> Add(T item)
    {
        var copy = new T[Count + 1];
        _items?.CopyTo(copy, 0);
        copy[Count] = item;
        return Wrap(copy);
    }

    /// <summary>Returns a new array with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <param name="item">The new item.</param>
    public EquatableArray<T> SetItem(int index, T item)
    {
        var copy = (T[])(_items ?? Array.Empty<T>()).Clone();
        copy[index] = item;
        return Wrap(copy);
    }

    // Inserting into an immutable sorted array: one copy instead of a list round trip.
    internal EquatableArray<T> Insert(int index, T item)
    {
        var source = _items ?? Array.Empty<T>();
        var copy = new T[source.Length + 1];
        Array.Copy(source, 0, copy, 0, index);
        copy[index] = item;
        Array.Copy(source, index, copy, index + 1, source.Length - index);
        return Wrap(copy);
    }

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>())
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <summary>Value equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items as a read-only span-friendly array copy.</summary>
    public T[] ToArray() => (T[])(_items ?? Array.Empty<T>()).Clone();

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", (_items ?? Array.Empty<T>()).Select(i => i?.ToString())) + "]";
}

/// <summary>Factory helpers for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from the given items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    public static EquatableArray<T> Create<T>(params T[] items) => EquatableArray<T>.Wrap((T[])items.Clone());

#if NET8_0_OR_GREATER
    /// <summary>Creates an array from a span; what collection expressions such as <c>[a, b]</c> compile to.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => EquatableArray<T>.Wrap(items.ToArray());
#endif

    /// <summary>Copies a sequence into an <see cref="EquatableArray{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => EquatableArray<T>.Wrap(items.ToArray());
}
