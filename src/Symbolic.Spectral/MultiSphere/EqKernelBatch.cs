namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// A shift-equivariant (Eq) convolutional kernel on the multi-sphere MS(C0, d) = (S^(C0−1))^d, evaluated in batches:
/// K(x, z) = F(t₀, …, t_(d−1)) with tᵢ = ⟨xᵢ, zᵢ⟩ the per-pixel cosines (conv-dense.md §1.2, §2.5). The seam through
/// which any evaluator (analytic recursion, compiled closed form) plugs into the spectral analysis.
/// </summary>
/// <param name="cosines">
/// Row-major points: point p occupies cosines[p·d … p·d + d − 1]; every value lies in [−1, 1].
/// </param>
/// <param name="values">One output per point: values[p] = F(point p); values.Length·d = cosines.Length.</param>
public delegate void EqKernelBatch(ReadOnlySpan<double> cosines, Span<double> values);
