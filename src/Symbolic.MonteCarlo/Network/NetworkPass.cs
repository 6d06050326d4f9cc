using System.Buffers;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// One sampled network evaluated on a batch of inputs: the forward pass (signals stored input-major, [b·width + i]),
/// then, for the NTK, one backward pass of g = ∂f/∂h per input, accumulating ⟨gₐ, g_b⟩·(σ_w²/n·⟨hₐ, h_b⟩ + σ_b²) at every
/// trained dense layer (fc-resnet.md §8) — no per-parameter gradient is ever formed. The backward pass reuses the weights
/// of the forward pass up to <see cref="WeightCacheBytes"/> and regenerates the rest from their keys, so memory stays
/// bounded at any width.
/// </summary>
internal sealed partial class NetworkPass
{
    private readonly IReadOnlyList<NetworkNode> _nodes;
    private readonly int _count;
    private readonly ulong _seed;
    private readonly ParameterShift? _shift;
    private readonly double[]?[] _values;
    private readonly double[]?[] _grams;
    private readonly double[]?[] _weights;

    private NetworkPass(IReadOnlyList<NetworkNode> nodes, int count, ulong seed, ParameterShift? shift)
    {
        (_nodes, _count, _seed, _shift) = (nodes, count, seed, shift);
        _values = new double[]?[nodes.Count];
        _grams = new double[]?[nodes.Count];
        _weights = new double[]?[nodes.Count];
    }

    /// <summary>Weights kept from the forward pass for the backward pass, per network; above this they are regenerated.</summary>
    public const long WeightCacheBytes = 64L << 20;

    /// <summary>Samples the network with <paramref name="seed"/> and returns its empirical kernels on <paramref name="inputs"/>.</summary>
    public static EmpiricalKernels Run(IReadOnlyList<NetworkNode> nodes, ulong seed, InputBatch inputs, bool ntk, ParameterShift? shift = null)
    {
        int d = nodes[0].Width;
        var signal = new double[inputs.Count * d];
        for (int b = 0; b < inputs.Count; b++)
            for (int i = 0; i < d; i++) signal[b * d + i] = Math.Sqrt(d) * inputs.Vector(b)[i];
        return Run(nodes, seed, inputs.Count, signal, ntk, shift);
    }

    /// <summary>Samples the network with <paramref name="seed"/> on <paramref name="count"/> inputs whose input-node signals
    /// (already scaled, input-major) are <paramref name="inputSignal"/>.</summary>
    public static EmpiricalKernels Run(IReadOnlyList<NetworkNode> nodes, ulong seed, int count, double[] inputSignal, bool ntk, ParameterShift? shift = null)
    {
        var pass = new NetworkPass(nodes, count, seed, shift);
        try
        {
            pass.Forward(inputSignal, ntk);
            var readout = (DenseNode)nodes[^1];
            var gram = pass._grams[readout.Id]!;
            var nngp = gram.Select(g => readout.WeightVariance * g + readout.BiasVariance).ToArray();
            var outputs = pass._values[readout.Id]!;
            return new EmpiricalKernels(count, nngp, ntk ? pass.Backward() : null, outputs);
        }
        finally
        {
            foreach (var weights in pass._weights)
                if (weights is not null) ArrayPool<double>.Shared.Return(weights);
        }
    }

    private void Forward(double[] inputSignal, bool ntk)
    {
        var keep = KeptForBackward(ntk);
        var cached = CachedWeights(ntk);
        var consumers = new int[_nodes.Count];
        foreach (var node in _nodes)
            foreach (int input in node.Inputs) consumers[input]++;
        foreach (var node in _nodes)
        {
            var output = _values[node.Id] = new double[_count * node.Width];
            switch (node)
            {
                case InputNode:
                    inputSignal.CopyTo(output, 0);
                    break;
                case DenseNode dense:
                    ForwardDense(dense, output, needGram: dense.Trained && ntk || dense.Id == _nodes.Count - 1, cached[dense.Id]);
                    break;
                case ActivationNode activation:
                    activation.Function.Apply(_values[activation.Inputs[0]], output);
                    break;
                case ScaleNode scale:
                    VectorOps.Axpy(scale.Factor, _values[scale.Inputs[0]], output);
                    break;
                case SumNode sum:
                    foreach (int input in sum.Inputs) VectorOps.Add(_values[input], output);
                    break;
                case ConcatNode concat:
                    ForwardConcat(concat, output);
                    break;
                case ConvNode conv:
                    ForwardConv(conv, output, needGram: conv.Trained && ntk, cached[conv.Id]);
                    break;
                case HeadNode head:
                    ForwardHead(head, output);
                    break;
            }
            foreach (int input in node.Inputs)
                if (--consumers[input] == 0 && !keep[input]) _values[input] = null;   // free signals no one needs again
        }
    }

    private void ForwardDense(DenseNode dense, double[] output, bool needGram, bool cache)
    {
        var input = _nodes[dense.Inputs[0]];
        int n = input.Width, m = dense.Width;
        var h = _values[input.Id]!;
        if (needGram) _grams[dense.Id] = VectorOps.Gram(h, _count, n, 1.0 / n);
        double scale = Math.Sqrt(dense.WeightVariance / n);
        ulong key = SplitMix64.Derive(_seed, (ulong)dense.DenseIndex);
        var weights = cache ? _weights[dense.Id] = ArrayPool<double>.Shared.Rent(m * n) : new double[n];
        for (int i = 0; i < m; i++)
        {
            var row = weights.AsSpan(cache ? i * n : 0, n);
            Row(dense, key, i, row);
            for (int b = 0; b < _count; b++) output[b * m + i] = scale * VectorOps.Dot(row, h.AsSpan(b * n, n));
        }
        if (dense.BiasVariance == 0) return;
        var bias = Bias(dense, key);
        double sigma = Math.Sqrt(dense.BiasVariance);
        for (int b = 0; b < _count; b++) VectorOps.Axpy(sigma, bias, output.AsSpan(b * m, m));
    }

    /// <summary>Θ̂ by reverse-mode accumulation from ∂f/∂f = 1 at the readout.</summary>
    private double[] Backward()
    {
        var theta = new double[_count * _count];
        var grads = new double[]?[_nodes.Count];
        grads[^1] = [.. Enumerable.Repeat(1.0, _count)];
        for (int k = _nodes.Count - 1; k >= 0; k--)
        {
            var node = _nodes[k];
            var g = grads[k];
            if (g is null) continue;
            grads[k] = null;
            switch (node)
            {
                case DenseNode dense:
                    if (dense.Trained) AddDenseTerm(dense, g, theta);
                    if (_nodes[dense.Inputs[0]].IsTrainable) BackwardDense(dense, g, GradientOf(grads, dense.Inputs[0]));
                    break;
                case ActivationNode activation when _nodes[activation.Inputs[0]].IsTrainable:
                    var derivative = new double[g.Length];
                    activation.Function.Derivative(_values[activation.Inputs[0]], derivative);
                    VectorOps.AddProduct(g, derivative, GradientOf(grads, activation.Inputs[0]));
                    break;
                case ScaleNode scale when _nodes[scale.Inputs[0]].IsTrainable:
                    VectorOps.Axpy(scale.Factor, g, GradientOf(grads, scale.Inputs[0]));
                    break;
                case SumNode sum:
                    foreach (int input in sum.Inputs)
                        if (_nodes[input].IsTrainable) VectorOps.Add(g, GradientOf(grads, input));
                    break;
                case ConcatNode concat:
                    BackwardConcat(concat, g, grads);
                    break;
                case ConvNode conv:
                    if (conv.Trained) AddConvTerm(conv, g, theta);
                    if (_nodes[conv.Inputs[0]].IsTrainable) BackwardConv(conv, g, GradientOf(grads, conv.Inputs[0]));
                    break;
                case HeadNode head when _nodes[head.Inputs[0]].IsTrainable:
                    BackwardHead(head, g, GradientOf(grads, head.Inputs[0]));
                    break;
            }
        }
        return theta;
    }

    /// <summary>h′ = [h₁; …; hₙ] per input: each input's units copied to its offset.</summary>
    private void ForwardConcat(ConcatNode concat, double[] output)
    {
        int offset = 0;
        foreach (int input in concat.Inputs)
        {
            int w = _nodes[input].Width;
            var h = _values[input]!;
            for (int b = 0; b < _count; b++) h.AsSpan(b * w, w).CopyTo(output.AsSpan(b * concat.Width + offset, w));
            offset += w;
        }
    }

    /// <summary>∂f/∂hᵢ += the segment of ∂f/∂h′ at input i's offset.</summary>
    private void BackwardConcat(ConcatNode concat, double[] g, double[]?[] grads)
    {
        int offset = 0;
        foreach (int input in concat.Inputs)
        {
            int w = _nodes[input].Width;
            if (_nodes[input].IsTrainable)
            {
                var gradIn = GradientOf(grads, input);
                for (int b = 0; b < _count; b++) VectorOps.Add(g.AsSpan(b * concat.Width + offset, w), gradIn.AsSpan(b * w, w));
            }
            offset += w;
        }
    }

    /// <summary>Θ̂[a, b] += ⟨gₐ, g_b⟩·(σ_w²·(1/n)⟨hₐ, h_b⟩ + σ_b²): the gradient inner product of W and β.</summary>
    private void AddDenseTerm(DenseNode dense, double[] g, double[] theta)
    {
        var backward = VectorOps.Gram(g, _count, dense.Width, 1.0);
        var forward = _grams[dense.Id]!;
        for (int i = 0; i < theta.Length; i++) theta[i] += backward[i] * (dense.WeightVariance * forward[i] + dense.BiasVariance);
    }

    /// <summary>∂f/∂h += √(σ_w²/n)·Wᵀ·∂f/∂h′, row by regenerated row.</summary>
    private void BackwardDense(DenseNode dense, double[] g, double[] gradIn)
    {
        int n = _nodes[dense.Inputs[0]].Width, m = dense.Width;
        double scale = Math.Sqrt(dense.WeightVariance / n);
        ulong key = SplitMix64.Derive(_seed, (ulong)dense.DenseIndex);
        var weights = _weights[dense.Id];
        var buffer = weights is null ? new double[n] : [];
        for (int i = 0; i < m; i++)
        {
            var row = weights is null ? buffer.AsSpan() : weights.AsSpan(i * n, n);
            if (weights is null) Row(dense, key, i, row);
            for (int b = 0; b < _count; b++) VectorOps.Axpy(scale * g[b * m + i], row, gradIn.AsSpan(b * n, n));
        }
    }

    private void Row(DenseNode dense, ulong key, int i, Span<double> row)
    {
        Ziggurat.Fill(SplitMix64.Derive(key, (ulong)i), row);
        if (_shift is { } s && s.DenseIndex == dense.DenseIndex && s.Row == i && s.Column >= 0) row[s.Column] += s.Delta;
    }

    private double[] Bias(DenseNode dense, ulong key)
    {
        var bias = new double[dense.Width];
        Ziggurat.Fill(SplitMix64.Derive(key, ulong.MaxValue), bias);
        if (_shift is { } s && s.DenseIndex == dense.DenseIndex && s.Column < 0) bias[s.Row] += s.Delta;
        return bias;
    }

    private double[] GradientOf(double[]?[] grads, int node) => grads[node] ??= new double[_count * _nodes[node].Width];

    /// <summary>Dense layers whose weights the backward pass reads (those with a trainable input), kept from the forward
    /// pass while their total stays within <see cref="WeightCacheBytes"/>; the rest are regenerated row by row.</summary>
    private bool[] CachedWeights(bool ntk)
    {
        var cached = new bool[_nodes.Count];
        if (!ntk) return cached;
        long budget = WeightCacheBytes / sizeof(double);
        foreach (var node in _nodes)
        {
            if (node is not (DenseNode or ConvNode) || !_nodes[node.Inputs[0]].IsTrainable) continue;
            long size = node is ConvNode conv ? (long)conv.Channels * conv.FanIn : (long)node.Width * _nodes[node.Inputs[0]].Width;
            if (size > budget) break;
            cached[node.Id] = true;
            budget -= size;
        }
        return cached;
    }

    /// <summary>Signals the backward pass reads: the inputs of activations on a trainable path.</summary>
    private bool[] KeptForBackward(bool ntk)
    {
        var keep = new bool[_nodes.Count];
        if (!ntk) return keep;
        foreach (var node in _nodes)
            if (node is ActivationNode && _nodes[node.Inputs[0]].IsTrainable) keep[node.Inputs[0]] = true;
        return keep;
    }
}
