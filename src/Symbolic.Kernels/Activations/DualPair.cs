using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The two Gaussian expectations a nonlinearity φ contributes to the kernel recursion, for (u, v) ~ N(0, [[a, c], [c, b]]):
/// the dual D = c_φ·E[φ(u)φ(v)] (the next NNGP) and the derivative dual Ḋ = c_φ·E[φ′(u)φ′(v)] (the NTK factor),
/// with the activation's normalisation c_φ (fc-resnet.md §1.1, §1.3).
/// </summary>
/// <param name="Dual">D(c, a, b).</param>
/// <param name="DerivativeDual">Ḋ(c, a, b).</param>
public readonly record struct DualPair(Expr Dual, Expr DerivativeDual);
