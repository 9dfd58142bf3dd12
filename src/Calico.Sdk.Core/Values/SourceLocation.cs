namespace Calico.Sdk;

/// <summary>Where a value was read from: file, 1-based line and 1-based column.</summary>
/// <param name="File">The file path as given to the importer (relative paths stay relative).</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>, the form editors and CI annotate.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
