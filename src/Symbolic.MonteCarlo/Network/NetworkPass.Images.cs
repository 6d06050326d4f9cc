using System.Buffers;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The image layers of the pass (conv-dense.md §1.2, §2.1, §2.3). Signals are pixel-major, [(b·P + p)·C + c]. A conv is a
/// dense layer applied to every patch (the Q·n values of pixel p's neighbours, offset-major), so the forward pass is
/// h′_{c,p} = √(σ_w²/(Qn))·⟨W_c, patch_p(h)⟩ + σ_b·β_c, and its adjoint (the backward pass) scatters √(σ_w²/(Qn))·Σ_c g_{c,p}·W_c
/// back onto the neighbours of p. Weight sharing makes the NTK term of a conv layer a sum over all pixel pairs:
/// Σ_{c,k} ∂f(a)/∂W_{c,k}·∂f(b)/∂W_{c,k} + Σ_c ∂f(a)/∂β_c·∂f(b)/∂β_c = Σ_{i,j} Gᵢⱼ·(σ_w²·Fᵢⱼ + σ_b²), with
/// Gᵢⱼ = Σ_c g_{c,i}(a)·g_{c,j}(b) (g = ∂f/∂h′) and Fᵢⱼ = (1/(Qn))·⟨patch_i(a), patch_j(b)⟩.
/// </summary>
internal sealed partial class NetworkPass
{
    private void ForwardConv(ConvNode conv, double[] output, bool needGram, bool cache)
    {
        int m = conv.Channels, fan = conv.FanIn, rows = _count * conv.Grid!.Pixels;
        var patches = Patches(conv, _values[conv.Inputs[0]]!);
        if (needGram) _grams[conv.Id] = VectorOps.Gram(patches, rows, fan, 1.0 / fan);
        double scale = Math.Sqrt(conv.WeightVariance / fan);
        ulong key = SplitMix64.Derive(_seed, (ulong)conv.LayerIndex);
        var weights = cache ? _weights[conv.Id] = ArrayPool<double>.Shared.Rent(m * fan) : new double[fan];
        for (int c = 0; c < m; c++)
        {
            var row = weights.AsSpan(cache ? c * fan : 0, fan);
            ConvRow(conv, key, c, row);
            for (int r = 0; r < rows; r++) output[r * m + c] = scale * VectorOps.Dot(row, patches.AsSpan(r * fan, fan));
        }
        if (conv.BiasVariance == 0) return;
        var bias = new double[m];
        Ziggurat.Fill(SplitMix64.Derive(key, ulong.MaxValue), bias);
        if (_shift is { } s && s.DenseIndex == conv.LayerIndex && s.Column < 0) bias[s.Row] += s.Delta;
        double sigma = Math.Sqrt(conv.BiasVariance);
        for (int r = 0; r < rows; r++) VectorOps.Axpy(sigma, bias, output.AsSpan(r * m, m));
    }

    /// <summary>The patches of every input and pixel, [((b·P + p)·Q + k)·n + c′] = h_{c′, neighbour(p, k)}(b).</summary>
    private double[] Patches(ConvNode conv, double[] h)
    {
        int n = conv.InputChannels, q = conv.Offsets, pixels = conv.Grid!.Pixels;
        var patches = new double[_count * pixels * conv.FanIn];
        for (int b = 0; b < _count; b++)
            for (int p = 0; p < pixels; p++)
                for (int k = 0; k < q; k++)
                    h.AsSpan((b * pixels + conv.Neighbours[p * q + k]) * n, n).CopyTo(patches.AsSpan(((b * pixels + p) * q + k) * n, n));
        return patches;
    }

    /// <summary>∂f/∂h += the adjoint of the circular conv applied to g = ∂f/∂h′.</summary>
    private void BackwardConv(ConvNode conv, double[] g, double[] gradIn)
    {
        int n = conv.InputChannels, m = conv.Channels, q = conv.Offsets, fan = conv.FanIn, pixels = conv.Grid!.Pixels, rows = _count * pixels;
        double scale = Math.Sqrt(conv.WeightVariance / fan);
        ulong key = SplitMix64.Derive(_seed, (ulong)conv.LayerIndex);
        var weights = _weights[conv.Id];
        var buffer = weights is null ? new double[fan] : [];
        var gradPatches = new double[rows * fan];
        for (int c = 0; c < m; c++)
        {
            var row = weights is null ? buffer.AsSpan() : weights.AsSpan(c * fan, fan);
            if (weights is null) ConvRow(conv, key, c, row);
            for (int r = 0; r < rows; r++) VectorOps.Axpy(scale * g[r * m + c], row, gradPatches.AsSpan(r * fan, fan));
        }
        for (int b = 0; b < _count; b++)
            for (int p = 0; p < pixels; p++)
                for (int k = 0; k < q; k++)
                    VectorOps.Add(gradPatches.AsSpan(((b * pixels + p) * q + k) * n, n), gradIn.AsSpan((b * pixels + conv.Neighbours[p * q + k]) * n, n));
    }

    /// <summary>Θ̂[a, b] += Σ_{i,j} Gᵢⱼ·(σ_w²·Fᵢⱼ + σ_b²) (see the class remarks).</summary>
    private void AddConvTerm(ConvNode conv, double[] g, double[] theta)
    {
        int pixels = conv.Grid!.Pixels, rows = _count * pixels;
        var backward = VectorOps.Gram(g, rows, conv.Channels, 1.0);
        var forward = _grams[conv.Id]!;
        for (int a = 0; a < _count; a++)
            for (int b = 0; b < _count; b++)
            {
                double sum = 0;
                for (int i = 0; i < pixels; i++)
                    for (int j = 0; j < pixels; j++)
                    {
                        int at = (a * pixels + i) * rows + b * pixels + j;
                        sum += backward[at] * (conv.WeightVariance * forward[at] + conv.BiasVariance);
                    }
                theta[a * _count + b] += sum;
            }
    }

    private void ForwardHead(HeadNode head, double[] output)
    {
        var h = _values[head.Inputs[0]]!;
        int c = head.Width, pixels = head.InputGrid.Pixels;
        for (int b = 0; b < _count; b++)
            switch (head.Kind)
            {
                case HeadKind.Pixel:
                    h.AsSpan((b * pixels + head.Pixel) * c, c).CopyTo(output.AsSpan(b * c, c));
                    break;
                case HeadKind.Average:
                    for (int p = 0; p < pixels; p++) VectorOps.Axpy(1.0 / pixels, h.AsSpan((b * pixels + p) * c, c), output.AsSpan(b * c, c));
                    break;
                default:
                    h.AsSpan(b * c, c).CopyTo(output.AsSpan(b * c, c));
                    break;
            }
    }

    /// <summary>∂f/∂h += the adjoint of the head: into pixel i₀, 1/P into every pixel, or the same layout (flatten).</summary>
    private void BackwardHead(HeadNode head, double[] g, double[] gradIn)
    {
        int c = head.Width, pixels = head.InputGrid.Pixels;
        for (int b = 0; b < _count; b++)
            switch (head.Kind)
            {
                case HeadKind.Pixel:
                    VectorOps.Add(g.AsSpan(b * c, c), gradIn.AsSpan((b * pixels + head.Pixel) * c, c));
                    break;
                case HeadKind.Average:
                    for (int p = 0; p < pixels; p++) VectorOps.Axpy(1.0 / pixels, g.AsSpan(b * c, c), gradIn.AsSpan((b * pixels + p) * c, c));
                    break;
                default:
                    VectorOps.Add(g.AsSpan(b * c, c), gradIn.AsSpan(b * c, c));
                    break;
            }
    }

    private void ConvRow(ConvNode conv, ulong key, int c, Span<double> row)
    {
        Ziggurat.Fill(SplitMix64.Derive(key, (ulong)c), row);
        if (_shift is { } s && s.DenseIndex == conv.LayerIndex && s.Row == c && s.Column >= 0) row[s.Column] += s.Delta;
    }
}
