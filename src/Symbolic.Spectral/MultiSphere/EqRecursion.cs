namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The diagonal-only Eq recursion of conv-dense.md §2.2/§2.3 for <see cref="CanonicalConvNet"/> on MS(C0, d), where
/// every K⁽ˡ⁾_ii(x, x) is the constant (1+α²)^l (ResCNN) or 1 (CNN), so ρ is Σ divided by a constant:
/// K⁽⁰⁾ᵢ = Θ⁽⁰⁾ᵢ = tᵢ; Σᵢ = (1/q)Σₐ K_(i+a); P = c·κ₁(Σ/c); κ̇ = κ₀(Σ/c);
/// ResCNN K ← K + α²P, Θ ← Θ + α²(P + κ̇(Σ + 𝒜_qΘ)); CNN K ← P, Θ ← κ̇(Σ + 𝒜_qΘ);
/// GP = K₀/diag, NTK = (Θ₀ + K₀)/diag (Θ⁽⁰⁾ = 0 with a frozen embedding; Θ₀/diag with a frozen readout).
/// To stay finite at any depth, K and Θ are carried divided by (1+α²)^l (so Σ̃ = ρ):
/// K̃ ← (K̃ + α²κ₁(ρ))/(1+α²), Θ̃ ← (Θ̃ + α²(κ₁(ρ) + κ₀(ρ)(ρ + 𝒜_qΘ̃)))/(1+α²); <see cref="Scaled"/> returns the head
/// value divided by (1+α²)^L. Only pixels within the shrinking receptive field of pixel 0 are computed.
/// </summary>
internal static class EqRecursion
{
    public static T Scaled<T>(IKernelAlgebra<T> algebra, CanonicalConvNet net, T[] cosines)
    {
        int d = net.Pixels, q = net.Filter, depth = net.Blocks, half = (q - 1) / 2;
        var ntk = net.Kind == ConvKernelKind.Ntk;
        var a2 = net.Residual ? net.Alpha * net.Alpha : 0;
        var k = (T[])cosines.Clone();
        var theta = net.TrainEmbedding ? (T[])cosines.Clone() : [.. cosines.Select(c => algebra.Scale(c, 0))];
        for (var l = 1; l <= depth; l++)
        {
            var radius = (long)(depth - l) * half;
            var nextK = new T[d];
            var nextTheta = new T[d];
            for (var i = 0; i < d; i++)
            {
                if (!Needed(i, radius, d)) continue;
                var sigma = PatchMean(algebra, k, i, half, q);
                var (kappa0, p) = algebra.Kappas(sigma);
                var inner = ntk ? algebra.Multiply(kappa0, algebra.Add(sigma, PatchMean(algebra, theta, i, half, q))) : default!;
                if (net.Residual)
                {
                    nextK[i] = algebra.Scale(algebra.Add(k[i], algebra.Scale(p, a2)), 1 / (1 + a2));
                    if (ntk) nextTheta[i] = algebra.Scale(algebra.Add(theta[i], algebra.Scale(algebra.Add(p, inner), a2)), 1 / (1 + a2));
                }
                else
                {
                    nextK[i] = p;
                    if (ntk) nextTheta[i] = inner;
                }
            }

            k = nextK;
            theta = nextTheta;
        }

        return !ntk ? k[0] : net.TrainReadout ? algebra.Add(theta[0], k[0]) : theta[0];
    }

    /// <summary>Whether pixel i lies within circular distance <paramref name="radius"/> of pixel 0.</summary>
    private static bool Needed(int i, long radius, int d) => Math.Min(i, d - i) <= radius;

    private static T PatchMean<T>(IKernelAlgebra<T> algebra, T[] values, int i, int half, int q)
    {
        var d = values.Length;
        var sum = values[Mod(i - half, d)];
        for (var a = -half + 1; a <= half; a++) sum = algebra.Add(sum, values[Mod(i + a, d)]);
        return algebra.Scale(sum, 1.0 / q);
    }

    private static int Mod(int i, int d) => ((i % d) + d) % d;
}
