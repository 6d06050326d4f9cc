using Symbolic.Core.Expressions;

namespace Symbolic.Testing;

/// <summary>Values for the symbols of a generated expression.</summary>
/// <param name="Bindings">Symbol → value.</param>
public sealed record SamplePoint(IReadOnlyDictionary<Symbol, double> Bindings)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Bindings.Select(p => $"{p.Key.Name}={p.Value}"));
}
