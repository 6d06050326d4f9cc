namespace Symbolic.Kernels.Images;

/// <summary>
/// The linear maps of the image kernels (conv-dense.md §1.2, §2.2–2.3): the patch average
/// (𝒜_q M)_ij = (1/|A|)·Σ_{a∈A} M_{i+a, j+a} over the offsets A of a filter q (q in 1-D, q² in 2-D), and the conv/dense
/// layer map K ↦ w·𝒜_q K + b, Θ ↦ w·𝒜_q Θ + K′ (trained) or w·𝒜_q Θ (fixed); dense is the 1×1 conv (no averaging).
/// </summary>
internal static class ImageMaps
{
    /// <summary>w·𝒜_q M + b over the stored entries (full: (i, j) ↦ (i + a, j + a); diagonal: i ↦ i + a).</summary>
    public static double[] Average(ImageShape shape, int filter, bool full, double[] source, int pairs, double weight, double bias)
    {
        if (filter == 1) return SpanMath.AffineCopy(source, weight, bias);
        var shifts = shape.Shifts(filter);
        int d = shape.Pixels;
        var result = new double[source.Length];
        var src = source.AsSpan();
        if (full)
        {
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                {
                    var dst = result.AsSpan((i * d + j) * pairs, pairs);
                    foreach (var shift in shifts) SpanMath.Add(dst, src.Slice((shift[i] * d + shift[j]) * pairs, pairs));
                }
        }
        else
        {
            for (int i = 0; i < d; i++)
            {
                var dst = result.AsSpan(i * pairs, pairs);
                foreach (var shift in shifts) SpanMath.Add(dst, src.Slice(shift[i] * pairs, pairs));
            }
        }
        SpanMath.Affine(result.AsSpan(), weight / shifts.Length, bias);
        return result;
    }

    /// <summary>The conv (or, with filter 1, dense) layer map on a batch: K′ = w·𝒜K + b, Θ′ = w·𝒜Θ + K′ if trained.</summary>
    public static ImageKernelBatch Linear(ImageKernelBatch k, int filter, double weight, double bias, bool trained)
    {
        var (shape, full, pairs) = (k.Shape, k.Full, k.Pairs);
        var nngp = Average(shape, filter, full, k.Nngp, pairs, weight, bias);
        var var1 = Average(shape, filter, false, k.Var1, pairs, weight, bias);
        var var2 = Average(shape, filter, false, k.Var2, pairs, weight, bias);
        if (!k.TracksNtk) return k with { Nngp = nngp, Var1 = var1, Var2 = var2, UncorrelatedDepth = k.FanOutDepth };
        var ntk = Average(shape, filter, full, k.Ntk!, pairs, weight, 0);
        var ntkVar1 = Average(shape, filter, false, k.NtkVar1!, pairs, weight, 0);
        var ntkVar2 = Average(shape, filter, false, k.NtkVar2!, pairs, weight, 0);
        if (trained)
        {
            SpanMath.Add(ntk, nngp);
            SpanMath.Add(ntkVar1, var1);
            SpanMath.Add(ntkVar2, var2);
        }
        return k with
        {
            Nngp = nngp, Var1 = var1, Var2 = var2, Ntk = ntk, NtkVar1 = ntkVar1, NtkVar2 = ntkVar2,
            UncorrelatedDepth = k.FanOutDepth,
        };
    }

    /// <summary>The mean over the given entries (or pixels) of an entry-major array: one value per pair.</summary>
    public static double[] Mean(double[] source, int pairs, IReadOnlyList<int> entries)
    {
        var result = new double[pairs];
        foreach (int e in entries) SpanMath.Add(result, source.AsSpan(e * pairs, pairs));
        SpanMath.Affine(result.AsSpan(), 1.0 / entries.Count, 0);
        return result;
    }

    /// <summary>The mean of an expression field over the given pixels' states.</summary>
    public static Core.Expressions.Expr Mean(IReadOnlyList<KernelState> pixels, Func<KernelState, Core.Expressions.Expr> field) =>
        pixels.Count == 1 ? field(pixels[0]) : Core.Expressions.Number.Of(1, pixels.Count) * Core.Algebra.Algebra.Add([.. pixels.Select(field)]);
}
