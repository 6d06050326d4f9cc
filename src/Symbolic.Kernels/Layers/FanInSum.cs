using Symbolic.Core.Algebra;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// Sums the open branches into one signal (stax's <c>FanInSum</c>): Σ′ = Σᵢ Σᵢ and Θ′ = Σᵢ Θᵢ, diagonals alike. This drops
/// the cross-covariances E[fᵢ(x)fⱼ(z)], so it is exact only when at most one branch is correlated with the others — every
/// other branch must end in fresh zero-mean weights (e.g. a dense layer), as the residual branch V·relu(W·x) does in
/// fc-resnet.md §4.1. Anything else raises <see cref="ArchitectureException"/>.
/// </summary>
/// <remarks>
/// The symbolic sums are stored as √(ab)·g(Σ/√(ab)) and √(Θ(x,x)Θ(z,z))·g(Θ/√(…)) with the guards of
/// <see cref="GaussianPair.Bounded"/> (identities on the valid range, by Cauchy–Schwarz). Without them the canonical
/// n-ary sum would flatten the skip recursion x + f(x) into O(L²) terms; with them each block adds O(1) shared nodes.
/// </remarks>
public sealed record FanInSum : Layer
{
    /// <summary>The shared instance.</summary>
    public static FanInSum Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "faninsum";

    /// <summary>(k₁, …, kₙ) ↦ Σᵢ kᵢ, closing one fan-out level.</summary>
    public override KernelState Transfer(KernelState k)
    {
        var branches = k.IsBranched ? k.Branches : throw new ArchitectureException(this, "faninsum needs open branches; put a fanout before it");
        int level = CheckUncorrelated(branches.Select(b => (b.FanOutDepth, b.UncorrelatedDepth)));
        var sum = k with
        {
            Var1 = Algebra.Add([.. branches.Select(b => b.Var1)]),
            Var2 = Algebra.Add([.. branches.Select(b => b.Var2)]),
            NtkVar1 = Algebra.Add([.. branches.Select(b => b.NtkVar1)]),
            NtkVar2 = Algebra.Add([.. branches.Select(b => b.NtkVar2)]),
            Branches = [],
            FanOutDepth = level - 1,
            UncorrelatedDepth = Math.Min(level - 1, branches.Min(b => b.UncorrelatedDepth)),
        };
        // The diagonals above are final (possibly rounded to floats by KernelState); scale by those.
        return sum with
        {
            Nngp = GaussianPair.Bounded(Algebra.Add([.. branches.Select(b => b.Nngp)]), GaussianPair.Scale(sum.Var1, sum.Var2), snap: true),
            Ntk = GaussianPair.Bounded(Algebra.Add([.. branches.Select(b => b.Ntk)]), GaussianPair.Scale(sum.NtkVar1, sum.NtkVar2), snap: false),
        };
    }

    /// <summary>(k₁, …, kₙ) ↦ Σᵢ kᵢ, closing one fan-out level.</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        var branches = k.IsBranched ? k.Branches : throw new ArchitectureException(this, "faninsum needs open branches; put a fanout before it");
        int level = CheckUncorrelated(branches.Select(b => (b.FanOutDepth, b.UncorrelatedDepth)));
        return k with
        {
            Nngp = branches.Sum(b => b.Nngp),
            Ntk = branches.Sum(b => b.Ntk),
            Var1 = branches.Sum(b => b.Var1),
            Var2 = branches.Sum(b => b.Var2),
            NtkVar1 = branches.Sum(b => b.NtkVar1),
            NtkVar2 = branches.Sum(b => b.NtkVar2),
            QuadratureError = Math.Max(k.QuadratureError, branches.Max(b => b.QuadratureError)),
            Branches = [],
            FanOutDepth = level - 1,
            UncorrelatedDepth = Math.Min(level - 1, branches.Min(b => b.UncorrelatedDepth)),
        };
    }

    /// <summary>(k₁, …, kₙ) ↦ Σᵢ kᵢ entry by entry, closing one fan-out level; the branches must have one shape.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        var branches = k.IsBranched ? k.Branches : throw new ArchitectureException(this, "faninsum needs open branches; put a fanout before it");
        int level = CheckUncorrelated(branches.Select(b => (b.FanOutDepth, b.UncorrelatedDepth)));
        var first = branches[0];
        if (branches.Any(b => b.Shape != first.Shape || b.TracksNtk != first.TracksNtk))
            throw new ArchitectureException(this, $"faninsum of branches with different image shapes ({string.Join(", ", branches.Select(b => b.Shape))}); " +
                                                  "apply a head in every branch or in none");
        return first with
        {
            Nngp = Sum(branches, b => b.Nngp),
            Ntk = first.TracksNtk ? Sum(branches, b => b.Ntk!) : null,
            Var1 = Sum(branches, b => b.Var1),
            Var2 = Sum(branches, b => b.Var2),
            NtkVar1 = first.TracksNtk ? Sum(branches, b => b.NtkVar1!) : null,
            NtkVar2 = first.TracksNtk ? Sum(branches, b => b.NtkVar2!) : null,
            QuadratureError = Math.Max(k.QuadratureError, branches.Max(b => b.QuadratureError)),
            Branches = [],
            FanOutDepth = level - 1,
            UncorrelatedDepth = Math.Min(level - 1, branches.Min(b => b.UncorrelatedDepth)),
        };
    }

    /// <summary>Every pixel sums its branches (scalar faninsum per pixel, with its guards).</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => k.Map(Transfer);

    private static double[] Sum(IReadOnlyList<ImageKernelBatch> branches, Func<ImageKernelBatch, double[]> field)
    {
        var sum = (double[])field(branches[0]).Clone();
        for (int b = 1; b < branches.Count; b++) SpanMath.Add(sum, field(branches[b]));
        return sum;
    }

    /// <summary>The fan-out level being closed; throws when more than one branch is correlated at that level.</summary>
    private int CheckUncorrelated(IEnumerable<(int FanOutDepth, int UncorrelatedDepth)> branches)
    {
        var list = branches.ToList();
        int level = list[0].FanOutDepth;
        int correlated = list.Count(b => b.UncorrelatedDepth < level);
        if (correlated > 1)
            throw new ArchitectureException(this,
                $"faninsum of {correlated} correlated branches: the sum's kernel needs their cross-covariances; " +
                "end all but one branch with a dense layer (fresh zero-mean weights)");
        return level;
    }
}
