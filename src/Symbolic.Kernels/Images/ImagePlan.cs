using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Symbolic.Kernels.Images;

/// <summary>
/// An architecture compiled for batched image kernels (conv-dense.md §2.2–2.3, §6): a flat list of in-place
/// <see cref="ImageStep"/>s over signal slots. The sides' variances K_xx[i, i] depend on one point only, so they run once
/// per point (<see cref="Trace"/>) and the pair batches gather them; the pairs carry only K_xz and Θ_xz. Workspaces are
/// pooled, so steady-state batches allocate nothing. Thread-safe: each caller rents its own workspace.
/// </summary>
internal sealed class ImagePlan(ImageShape shape, bool full, bool trackNtk, ImmutableArray<ImageStep> steps, int slots, int activations, int output)
{
    private readonly ConcurrentBag<ImageWorkspace> _pool = [];

    /// <summary>The input shape.</summary>
    public ImageShape Shape { get; } = shape;

    /// <summary>The number of activation steps (entries of a trace).</summary>
    public int Activations { get; } = activations;

    /// <summary>A workspace of at least <paramref name="capacity"/> pairs, from the pool when one is free.</summary>
    public ImageWorkspace Rent(int capacity)
    {
        if (_pool.TryTake(out var workspace) && workspace.Capacity >= capacity) return workspace;
        int d = Shape.Pixels;
        return new ImageWorkspace(slots, full ? d * d : d, d, capacity, trackNtk);
    }

    /// <summary>Returns a workspace to the pool.</summary>
    public void Return(ImageWorkspace workspace)
    {
        (workspace.XTrace, workspace.ZTrace) = (null, null);
        _pool.Add(workspace);
    }

    /// <summary>The sides' activation inputs for points [start, start + count) of <paramref name="points"/>.</summary>
    public ImageSideTrace Trace(ImagePoints points, int start, int count)
    {
        int d = Shape.Pixels, c0 = points.Channels;
        var run = new ImageSideRun(slots, d, count, Activations);
        var norms = run.V[0];
        for (int m = 0; m < count; m++)
        {
            var x = points.Point(start + m);
            for (int i = 0; i < d; i++)
            {
                var xi = x.Slice(i * c0, c0);
                norms[i * count + m] = Dot(xi, xi);
            }
        }
        foreach (var step in steps) step.Sides(run);
        return new ImageSideTrace(points, start, count, run.Trace);
    }

    /// <summary>
    /// Runs the batch of w.Count pairs whose points are w.X[p] of w.XTrace and w.Z[p] of w.ZTrace: Γ_ij = ⟨x_i, z_j⟩
    /// (entry-major), Θ = 0, then every step. The kernels are then in <see cref="Nngp"/> and <see cref="Ntk"/>.
    /// </summary>
    public void Run(ImageWorkspace w)
    {
        int n = w.Count, d = Shape.Pixels;
        var (xs, zs) = (w.XTrace!, w.ZTrace!);
        int c0 = xs.Points.Channels;
        var gamma = w.K[0];
        for (int p = 0; p < n; p++)
        {
            var x = xs.Points.Point(xs.Start + w.X[p]);
            var z = zs.Points.Point(zs.Start + w.Z[p]);
            if (!full)
                for (int i = 0; i < d; i++) gamma[i * n + p] = Dot(x.Slice(i * c0, c0), z.Slice(i * c0, c0));
            else
                for (int i = 0, e = p; i < d; i++)
                    for (int j = 0; j < d; j++, e += n)
                    {
                        double sum = 0;
                        for (int c = 0, xc = i * c0, zc = j * c0; c < c0; c++) sum += x[xc + c] * z[zc + c];
                        gamma[e] = sum;
                    }
        }
        if (w.TracksNtk) w.T[0].AsSpan(0, (full ? d * d : d) * n).Clear();
        foreach (var step in steps) step.Pairs(w);
    }

    /// <summary>K_xz of the last batch run (w.Count values).</summary>
    public ReadOnlySpan<double> Nngp(ImageWorkspace w) => w.K[output].AsSpan(0, w.Count);

    /// <summary>Θ_xz of the last batch run (w.Count values).</summary>
    public ReadOnlySpan<double> Ntk(ImageWorkspace w) => w.T[output].AsSpan(0, w.Count);

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
