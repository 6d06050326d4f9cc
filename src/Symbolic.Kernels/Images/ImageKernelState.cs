using System.Collections.Immutable;
using Symbolic.Core.Algebra;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Images;

/// <summary>
/// The diagonal per-pixel kernels of one input pair as expressions (the symbolic Eq path, conv-dense.md §2.2–2.3): pixel i
/// holds the scalar <see cref="KernelState"/> of the pixel pair (i, i) — K_xz[i, i], Θ_xz[i, i] and the sides' diagonals
/// K_xx[i, i], K_zz[i, i], Θ_xx[i, i], Θ_zz[i, i]. Pointwise layers act on each pixel's scalar state; a conv mixes pixels
/// through 𝒜_q, which maps diagonals to diagonals; the Eq and flatten heads read the diagonal. Branches open after a
/// fan-out live in the pixels' <see cref="KernelState.Branches"/>, in lockstep across pixels.
/// </summary>
/// <param name="Shape">The current spatial shape.</param>
/// <param name="Pixels">One scalar state per pixel (d of them; one after a head).</param>
public sealed record ImageKernelState(ImageShape Shape, ImmutableArray<KernelState> Pixels)
{
    /// <summary>Unit pixels with ⟨x_i, z_i⟩ = t_i: pixel i is <see cref="KernelState.OnSphere"/>(t_i) (Γ_ii = t_i, Γ_ii(x, x) = 1).</summary>
    /// <exception cref="ArgumentException">The symbol count is not the pixel count.</exception>
    public static ImageKernelState OnMultiSphere(ImageShape shape, IReadOnlyList<Symbol> t)
    {
        if (t.Count != shape.Pixels) throw new ArgumentException($"{shape} has {shape.Pixels} pixels, got {t.Count} symbols.", nameof(t));
        return new(shape, [.. t.Select(KernelState.OnSphere)]);
    }

    /// <summary>Whether branches are open.</summary>
    public bool IsBranched => Pixels[0].IsBranched;

    /// <summary>Applies a pointwise scalar transfer to every pixel.</summary>
    public ImageKernelState Map(Func<KernelState, KernelState> transfer) => this with { Pixels = [.. Pixels.Select(transfer)] };

    /// <summary>The open branch <paramref name="index"/> as an image state.</summary>
    public ImageKernelState Branch(int index) => this with { Pixels = [.. Pixels.Select(p => p.Branches[index])] };

    /// <summary>
    /// The conv/dense map on the diagonal: K′_ii = w·(𝒜_q K)_ii + b and likewise the sides; Θ′_ii = w·(𝒜_qΘ)_ii + K′_ii when
    /// trained (else w·(𝒜_qΘ)_ii); the output is uncorrelated with sibling branches (fresh zero-mean weights).
    /// </summary>
    internal ImageKernelState Linear(int filter, Expr weight, Expr bias, bool trained)
    {
        var shifts = Shape.Shifts(filter);
        var mean = Number.Of(1, shifts.Length);
        var pixels = new KernelState[Pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            Expr Patch(Func<KernelState, Expr> field) =>
                filter == 1 ? field(Pixels[i]) : mean * Algebra.Add([.. shifts.Select(s => field(Pixels[s[i]]))]);
            var nngp = weight * Patch(p => p.Nngp) + bias;
            var var1 = weight * Patch(p => p.Var1) + bias;
            var var2 = weight * Patch(p => p.Var2) + bias;
            var ntk = weight * Patch(p => p.Ntk);
            var ntkVar1 = weight * Patch(p => p.NtkVar1);
            var ntkVar2 = weight * Patch(p => p.NtkVar2);
            pixels[i] = Pixels[i] with
            {
                Nngp = nngp, Var1 = var1, Var2 = var2,
                Ntk = trained ? ntk + nngp : ntk,
                NtkVar1 = trained ? ntkVar1 + var1 : ntkVar1,
                NtkVar2 = trained ? ntkVar2 + var2 : ntkVar2,
                UncorrelatedDepth = Pixels[i].FanOutDepth,
            };
        }
        return this with { Pixels = [.. pixels] };
    }
}
