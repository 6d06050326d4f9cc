using MathNet.Numerics;
using Symbolic.Spectral.Polynomials;
using Symbolic.Spectral.Quadrature;

namespace Symbolic.Spectral.Sphere;

/// <summary>
/// Funk–Hecke integrals μₖ = (ω_(d−2)/ω_(d−1)) ∫₀^π κ(cos θ) Pₖ^(d)(cos θ) sin^(d−2)θ dθ for k = 0 … K with one
/// Gauss–Legendre rule in θ (fc-resnet.md §2, "numerical recipe"). Kernels built from arc-cosine functions are
/// analytic in θ on [0, π] (κ₀(cos θ) = 1 − θ/π) while in t = cos θ they carry √(1 ∓ t) end-point singularities,
/// so the θ form converges exponentially where the t form would not.
/// </summary>
internal static class FunkHeckeIntegrator
{
    /// <summary>
    /// The eigenvalues μ₀ … μ_K with an n-node rule; the magnitudes Σᵢ wᵢ(|κ(tᵢ)| + |κ(−tᵢ)|)|Pₖ(tᵢ)| of the summed
    /// terms (which set the round-off floor of μₖ); and the number of non-finite kernel samples.
    /// </summary>
    public static (double[] Eigenvalues, double[] Magnitudes, int NonFinite) Integrate(Func<double, double> kernel, int d, int maxDegree, int nodes)
    {
        var rule = GaussLegendreRule.Create(nodes);
        // ω_(d−2)/ω_(d−1) = Γ(d/2)/(√π Γ((d−1)/2)); the map θ = (π/2)(1 + x) contributes π/2.
        var scale = Math.Exp(SpecialFunctions.GammaLn(d / 2.0) - SpecialFunctions.GammaLn((d - 1) / 2.0)) / Math.Sqrt(Math.PI)
                    * (Math.PI / 2);
        var sums = new double[maxDegree + 1];
        var compensations = new double[maxDegree + 1];
        var magnitudes = new double[maxDegree + 1];
        var legendre = new double[maxDegree + 1];
        var nonFinite = 0;
        var recurrence = new GegenbauerRecurrence(d, maxDegree);

        // The rule is symmetric about θ = π/2, and θ ↦ π − θ maps t ↦ −t with Pₖ(−t) = (−1)ᵏPₖ(t): each node pair
        // (θ, π − θ) contributes Pₖ(t)·(κ(t) + (−1)ᵏκ(−t)), so an even kernel's odd eigenvalues cancel node by node.
        for (var i = 0; i < nodes / 2; i++)
        {
            var theta = Math.PI / 2 * rule.DistancesFromLeft[i]; // θ < π/2, to full relative accuracy
            var t = Math.Cos(theta);
            var weight = scale * rule.Weights[i] * SinePower(Math.Sin(theta), d - 2);
            double right = kernel(t), left = kernel(-t);
            if (!double.IsFinite(right)) nonFinite++;
            if (!double.IsFinite(left)) nonFinite++;
            recurrence.Fill(t, legendre);
            Accumulate(sums, compensations, magnitudes, legendre, weight * (right + left), weight * (right - left),
                weight * (Math.Abs(right) + Math.Abs(left)));
        }

        if (nodes % 2 == 1) // the middle node θ = π/2, t = 0, counted once
        {
            var centre = kernel(0);
            if (!double.IsFinite(centre)) nonFinite++;
            recurrence.Fill(0, legendre);
            var weight = scale * rule.Weights[nodes / 2] * centre;
            Accumulate(sums, compensations, magnitudes, legendre, weight, weight, Math.Abs(weight));
        }

        for (var k = 0; k <= maxDegree; k++) sums[k] += compensations[k];
        return (sums, magnitudes, nonFinite);
    }

    /// <summary>
    /// sums[k] += (k even ? even : odd)·Pₖ with Neumaier compensation per degree, and magnitudes[k] += scale·|Pₖ|.
    /// </summary>
    private static void Accumulate(double[] sums, double[] compensations, double[] magnitudes, double[] legendre,
        double even, double odd, double scale)
    {
        for (var k = 0; k < sums.Length; k++)
        {
            var p = legendre[k];
            var term = ((k & 1) == 0 ? even : odd) * p;
            var sum = sums[k];
            var next = sum + term;
            compensations[k] += Math.Abs(sum) >= Math.Abs(term) ? sum - next + term : term - next + sum;
            sums[k] = next;
            magnitudes[k] += scale * Math.Abs(p);
        }
    }

    private static double SinePower(double sine, int power)
    {
        var result = 1.0;
        for (var j = 0; j < power; j++) result *= sine;
        return result;
    }
}
