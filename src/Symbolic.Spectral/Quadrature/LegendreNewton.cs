using System.Numerics;
using System.Runtime.InteropServices;

namespace Symbolic.Spectral.Quadrature;

/// <summary>
/// Newton's iteration for the zeros of the Legendre polynomial Pₙ(cos φ) in the angle φ, all zeros at once: each
/// sweep of the three-term recurrence advances every node together (vectorised over nodes, no division in the loop),
/// which makes the O(n²) construction of <see cref="GaussLegendreRule"/> fast enough for n ≈ 4·10⁴.
/// </summary>
/// <remarks>
/// Nodes with x = cos φ ≥ ½ use Reinsch's difference form of the recurrence, Dₘ₊₁ = (m Dₘ − (2m + 1) u Pₘ)/(m + 1),
/// Pₘ₊₁ = Pₘ + Dₘ₊₁ with u = 1 − x = 2 sin²(φ/2); the plain recurrence loses up to three digits near x = 1 at
/// n ≈ 1000 and would spoil the weights of the outermost nodes. Nodes with x &lt; ½ use the plain recurrence
/// (m + 1)Pₘ₊₁ = (2m + 1)xPₘ − mPₘ₋₁, which is the more accurate form there.
/// </remarks>
internal static class LegendreNewton
{
    /// <summary>
    /// Refines the angles (ascending in (0, π/2]) in place to zeros of Pₙ(cos φ) and returns dPₙ/dφ at the zeros;
    /// with <paramref name="fixedLast"/> the last angle (π/2, the exact middle zero of odd n) is not moved.
    /// </summary>
    public static double[] Refine(int n, double[] angles, bool fixedLast)
    {
        var split = 0;
        while (split < angles.Length && angles[split] <= Math.PI / 3) split++;
        var values = new double[angles.Length];
        var slopes = new double[angles.Length];
        var movable = fixedLast ? angles.Length - 1 : angles.Length;

        // Newton converges quadratically from Tricomi's guess; once every step is below 1e-10 the remaining error is
        // below round-off, so the sweep stops after applying that step.
        for (var iteration = 0; iteration < 30; iteration++)
        {
            Evaluate(n, angles, split, values, slopes);
            var largest = 0.0;
            for (var i = 0; i < movable; i++)
            {
                var step = values[i] / slopes[i];
                angles[i] -= step;
                largest = Math.Max(largest, Math.Abs(step));
            }

            if (largest < 1e-10) break;
        }

        Evaluate(n, angles, split, values, slopes);
        return slopes;
    }

    /// <summary>Pₙ(cos φᵢ) and dPₙ/dφ = n(x Pₙ − Pₙ₋₁)/sin φ for all angles; [0, split) in difference form.</summary>
    private static void Evaluate(int n, double[] angles, int split, double[] values, double[] slopes)
    {
        var count = angles.Length;
        var argument = new double[count]; // u = 1 − x (difference form) or x (plain form)
        var first = new double[count];    // Dₘ or Pₘ₋₁
        var second = new double[count];   // Pₘ
        for (var i = 0; i < count; i++)
        {
            var phi = angles[i];
            if (i < split)
            {
                var sineHalf = Math.Sin(phi / 2);
                argument[i] = 2 * sineHalf * sineHalf;
                first[i] = -argument[i];    // D₁ = P₁ − P₀ = −u
                second[i] = 1 - argument[i]; // P₁ = x
            }
            else
            {
                argument[i] = phi == Math.PI / 2 ? 0 : Math.Cos(phi);
                first[i] = 1;               // P₀
                second[i] = argument[i];    // P₁
            }
        }

        for (var m = 1; m < n; m++)
        {
            double alpha = (2.0 * m + 1) / (m + 1), beta = (double)m / (m + 1);
            DifferenceStep(argument.AsSpan(0, split), first.AsSpan(0, split), second.AsSpan(0, split), alpha, beta);
            PlainStep(argument.AsSpan(split), first.AsSpan(split), second.AsSpan(split), alpha, beta);
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = second[i];
            // x Pₙ − Pₙ₋₁ is Dₙ − u Pₙ in difference form.
            var combination = i < split ? first[i] - argument[i] * second[i] : argument[i] * second[i] - first[i];
            slopes[i] = n * combination / Math.Sin(angles[i]);
        }
    }

    /// <summary>D ← βD − αuP, P ← P + D for every node (α = (2m+1)/(m+1), β = m/(m+1)).</summary>
    private static void DifferenceStep(Span<double> u, Span<double> d, Span<double> p, double alpha, double beta)
    {
        var uv = MemoryMarshal.Cast<double, Vector<double>>(u);
        var dv = MemoryMarshal.Cast<double, Vector<double>>(d);
        var pv = MemoryMarshal.Cast<double, Vector<double>>(p);
        for (var j = 0; j < uv.Length; j++)
        {
            dv[j] = beta * dv[j] - alpha * uv[j] * pv[j];
            pv[j] += dv[j];
        }

        for (var j = uv.Length * Vector<double>.Count; j < u.Length; j++)
        {
            d[j] = beta * d[j] - alpha * u[j] * p[j];
            p[j] += d[j];
        }
    }

    /// <summary>(Pₘ₋₁, Pₘ) ← (Pₘ, αxPₘ − βPₘ₋₁) for every node.</summary>
    private static void PlainStep(Span<double> x, Span<double> previous, Span<double> current, double alpha, double beta)
    {
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var pv = MemoryMarshal.Cast<double, Vector<double>>(previous);
        var cv = MemoryMarshal.Cast<double, Vector<double>>(current);
        for (var j = 0; j < xv.Length; j++)
        {
            var next = alpha * xv[j] * cv[j] - beta * pv[j];
            pv[j] = cv[j];
            cv[j] = next;
        }

        for (var j = xv.Length * Vector<double>.Count; j < x.Length; j++)
        {
            var next = alpha * x[j] * current[j] - beta * previous[j];
            previous[j] = current[j];
            current[j] = next;
        }
    }
}
