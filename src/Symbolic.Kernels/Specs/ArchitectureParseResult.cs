using System.Collections.Immutable;

namespace Symbolic.Kernels.Specs;

/// <summary>The outcome of parsing architecture text: the layer (null on error), its description with conventions, and
/// the diagnostics (empty on success).</summary>
/// <param name="Value">The architecture, or null when there are diagnostics.</param>
/// <param name="Description">The architecture's description (<see cref="Layer.Description"/>), or "" on error.</param>
/// <param name="Diagnostics">Errors, each pointing at the offending text.</param>
public sealed record ArchitectureParseResult(Layer? Value, string Description, ImmutableArray<ArchitectureDiagnostic> Diagnostics)
{
    /// <summary>Whether parsing succeeded.</summary>
    public bool IsSuccess => Value is not null && Diagnostics.IsEmpty;

    /// <summary>The first diagnostic as one line (<c>line:column: message</c>), or null on success.</summary>
    public string? Error => Diagnostics.IsEmpty ? null : Diagnostics[0].ToString();
}
