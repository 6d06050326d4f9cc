using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels.Images;

/// <summary>
/// One instruction of a compiled <see cref="ImagePlan"/> (conv-dense.md §2.2–2.3): it updates a signal slot in place
/// for a batch of pairs (<see cref="Pairs"/>, K_xz and Θ_xz) and for the sides (<see cref="Sides"/>, K_xx[i, i] per point).
/// Each step does the arithmetic of the layer's <see cref="Layer.Transfer(ImageKernelBatch)"/> in the same order, so the
/// values are bitwise those of the layer-by-layer path.
/// </summary>
internal abstract class ImageStep
{
    /// <summary>Applies the step to the batch in <paramref name="w"/> (n = w.Count pairs).</summary>
    public abstract void Pairs(ImageWorkspace w);

    /// <summary>Applies the step to the sides in <paramref name="s"/>.</summary>
    public abstract void Sides(ImageSideRun s);

    /// <summary>K ↦ w·𝒜K + b, Θ ↦ w·𝒜Θ (+ K′ if trained); sides K_xx ↦ w·𝒜K_xx + b. Null sources: one shift (𝒜 = id).</summary>
    public sealed class Linear(int slot, int entries, int pixels, int shifts, int[]? sources, int[]? pixelSources, double weight, double bias, bool trained) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int n = w.Count, length = entries * n;
            if (sources is null) SpanMath.Affine(w.K[slot].AsSpan(0, length), weight, bias);
            else
            {
                SpanMath.Average(w.K[slot], w.SpareK, sources, shifts, entries, n, weight / shifts, bias);
                w.SwapK(slot);
            }
            if (!w.TracksNtk) return;
            var k = trained ? w.K[slot].AsSpan(0, length) : default;
            if (sources is null)
            {
                if (trained) SpanMath.AffinePlus(w.T[slot].AsSpan(0, length), weight, 0, k);
                else SpanMath.Affine(w.T[slot].AsSpan(0, length), weight, 0);
            }
            else
            {
                SpanMath.Average(w.T[slot], w.SpareT, sources, shifts, entries, n, weight / shifts, 0, k);
                w.SwapT(slot);
            }
        }

        public override void Sides(ImageSideRun s)
        {
            if (pixelSources is null) SpanMath.Affine(s.V[slot].AsSpan(0, pixels * s.Count), weight, bias);
            else
            {
                SpanMath.Average(s.V[slot], s.Spare, pixelSources, shifts, pixels, s.Count, weight / shifts, bias);
                s.Swap(slot);
            }
        }
    }

    /// <summary>K′_ij = D(K_ij, K_xx[i, i], K_zz[j, j]), Θ′_ij = Θ_ij·Ḋ(…); sides K_xx ↦ D(K_xx, K_xx, K_xx) (the diagonal dual).</summary>
    public sealed class Nonlinear(int slot, int entries, int pixels, int[] rows, int[] columns, Activation activation, int trace) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int n = w.Count;
            Gather(w.XTrace!, w.X, n, w.Var1);
            Gather(w.ZTrace!, w.Z, n, w.Var2);
            var k = w.K[slot];
            if (activation is Relu)
            {
                VectorRelu.Entries(k, w.Var1, w.Var2, rows, columns, n, w.SpareK, w.TracksNtk ? w.T[slot] : default);
                w.SwapK(slot);
                return;
            }
            var derivative = w.Derivative.AsSpan(0, n);
            for (int e = 0; e < entries; e++)
            {
                activation.Evaluate(k.AsSpan(e * n, n), w.Var1.AsSpan(rows[e] * n, n), w.Var2.AsSpan(columns[e] * n, n), w.SpareK.AsSpan(e * n, n), derivative);
                if (w.TracksNtk) SpanMath.Multiply(w.T[slot].AsSpan(e * n, n), derivative);
            }
            w.SwapK(slot);
        }

        public override void Sides(ImageSideRun s)
        {
            var v = s.V[slot].AsSpan(0, pixels * s.Count);
            s.Trace[trace] = v.ToArray();
            foreach (ref double value in v) value = activation.EvaluateDiagonal(value).Dual;
        }

        private void Gather(ImageSideTrace side, int[] index, int n, double[] target)
        {
            var values = side.Values[trace];
            int count = side.Count;
            for (int i = 0; i < pixels; i++)
            {
                var row = values.AsSpan(i * count, count);
                var output = target.AsSpan(i * n, n);
                for (int p = 0; p < n; p++) output[p] = row[index[p]];
            }
        }
    }

    /// <summary>K, Θ and the sides ↦ c²·(…).</summary>
    public sealed class Scale(int slot, int entries, int pixels, double factor) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int length = entries * w.Count;
            SpanMath.Affine(w.K[slot].AsSpan(0, length), factor, 0);
            if (w.TracksNtk) SpanMath.Affine(w.T[slot].AsSpan(0, length), factor, 0);
        }

        public override void Sides(ImageSideRun s) => SpanMath.Affine(s.V[slot].AsSpan(0, pixels * s.Count), factor, 0);
    }

    /// <summary>Slot <paramref name="target"/> ← slot <paramref name="source"/> (a fan-out branch).</summary>
    public sealed class Copy(int source, int target, int entries, int pixels) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int length = entries * w.Count;
            w.K[source].AsSpan(0, length).CopyTo(w.K[target]);
            if (w.TracksNtk) w.T[source].AsSpan(0, length).CopyTo(w.T[target]);
        }

        public override void Sides(ImageSideRun s) => s.V[source].AsSpan(0, pixels * s.Count).CopyTo(s.V[target]);
    }

    /// <summary>Slot <paramref name="target"/> += slot <paramref name="source"/> (a fan-in sum).</summary>
    public sealed class Add(int source, int target, int entries, int pixels) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int length = entries * w.Count;
            SpanMath.Add(w.K[target].AsSpan(0, length), w.K[source].AsSpan(0, length));
            if (w.TracksNtk) SpanMath.Add(w.T[target].AsSpan(0, length), w.T[source].AsSpan(0, length));
        }

        public override void Sides(ImageSideRun s) =>
            SpanMath.Add(s.V[target].AsSpan(0, pixels * s.Count), s.V[source].AsSpan(0, pixels * s.Count));
    }

    /// <summary>The Eq head: entry (i₀, i₀) and pixel i₀ move to position 0 (the scalar state).</summary>
    public sealed class Select(int slot, int entry, int pixel) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            int n = w.Count;
            w.K[slot].AsSpan(entry * n, n).CopyTo(w.K[slot]);
            if (w.TracksNtk) w.T[slot].AsSpan(entry * n, n).CopyTo(w.T[slot]);
        }

        public override void Sides(ImageSideRun s) => s.V[slot].AsSpan(pixel * s.Count, s.Count).CopyTo(s.V[slot]);
    }

    /// <summary>The GAP and flatten heads: the mean over <paramref name="selected"/> entries moves to position 0; the sides
    /// average <paramref name="pixelsAveraged"/>, or become unknown (NaN) when null (after GAP).</summary>
    public sealed class Mean(int slot, int[] selected, int[]? pixelsAveraged) : ImageStep
    {
        public override void Pairs(ImageWorkspace w)
        {
            Average(w.K[slot], w.SpareK, w.Count, selected);
            if (w.TracksNtk) Average(w.T[slot], w.SpareT, w.Count, selected);
        }

        public override void Sides(ImageSideRun s)
        {
            if (pixelsAveraged is null) s.V[slot].AsSpan(0, s.Count).Fill(double.NaN);
            else Average(s.V[slot], s.Spare, s.Count, pixelsAveraged);
        }

        // (1/|E|)·Σ_e values[e] in one register pass (the additions of Add-into-zeros in the same order, then the affine map).
        private static void Average(double[] values, double[] spare, int n, int[] indices)
        {
            SpanMath.Average(values, spare, indices, indices.Length, 1, n, 1.0 / indices.Length, 0);
            spare.AsSpan(0, n).CopyTo(values);
        }
    }
}
