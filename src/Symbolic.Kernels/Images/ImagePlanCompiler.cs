using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;

namespace Symbolic.Kernels.Images;

/// <summary>
/// Compiles a layer tree into a flat <see cref="ImagePlan"/> over signal slots (conv-dense.md §2.2–2.3, §6): presets,
/// serial and repeat unroll, residual becomes fanout → parallel(serial(branch, scale α), identity) → faninsum as in
/// <see cref="Residual"/>, a fan-out copies its signal into free slots and a fan-in sum adds them back and frees them.
/// The architecture has already run once through the layer-by-layer path (which raises every structural error), so
/// anything unexpected here only means "no plan": the evaluator then keeps the layer-by-layer path.
/// </summary>
internal static class ImagePlanCompiler
{
    /// <summary>The plan of <paramref name="architecture"/>, or null when a layer has no compiled form.</summary>
    public static ImagePlan? TryCompile(Layer architecture, ImageShape shape, bool full, bool trackNtk)
    {
        var compiler = new Compiler(full);
        var end = compiler.Compile(architecture, new Signal(compiler.Allocate(), shape));
        if (end is not Signal { Shape.Rank: 0 } signal) return null;
        return new ImagePlan(shape, full, trackNtk, [.. compiler.Steps], compiler.Slots, compiler.Activations, signal.Slot);
    }

    private abstract record State;

    private sealed record Signal(int Slot, ImageShape Shape) : State;

    private sealed record Branches(IReadOnlyList<State> Items) : State;

    private sealed class Unsupported : Exception;

    private sealed class Compiler(bool full)
    {
        private readonly Stack<int> _free = new();

        public List<ImageStep> Steps { get; } = [];

        public int Slots { get; private set; }

        public int Activations { get; private set; }

        public int Allocate() => _free.Count > 0 ? _free.Pop() : Slots++;

        public State? Compile(Layer layer, State state)
        {
            try
            {
                return Step(layer, state);
            }
            catch (Unsupported)
            {
                return null;
            }
        }

        private State Step(Layer layer, State state)
        {
            switch (layer)
            {
                case Preset preset: return Step(preset.Expand(), state);
                case Serial serial:
                    foreach (var inner in serial.Layers) state = Step(inner, state);
                    return state;
                case Repeat repeat:
                    for (int i = 0; i < repeat.Count; i++) state = Step(repeat.Layer, state);
                    return state;
                case Identity: return state;
                case Residual residual:
                    var split = Step(new FanOut(2), state);
                    var both = Step(new Layers.Parallel([new Serial([residual.Branch, new Layers.Scale(residual.Alpha)]), Identity.Instance]), split);
                    return Step(FanInSum.Instance, both);
                case FanOut fanOut: return FanOutOf(Single(state), fanOut.Count);
                case Layers.Parallel parallel:
                    if (state is not Branches branches || branches.Items.Count != parallel.Layers.Length) throw new Unsupported();
                    return new Branches([.. parallel.Layers.Select((inner, i) => (State)Single(Step(inner, branches.Items[i])))]);
                case FanInSum: return Sum(state);
                case Dense dense: return Linear(Single(state), 1, Values.Of(dense.WeightVariance), Values.Of(dense.BiasVariance), dense.Trained);
                case Conv conv: return Linear(Single(state), conv.Filter, Values.Of(conv.WeightVariance), Values.Of(conv.BiasVariance), conv.Trained);
                case Layers.Scale scale:
                    var signal = Single(state);
                    double c = Values.Of(scale.Factor);
                    Steps.Add(new ImageStep.Scale(signal.Slot, Entries(signal.Shape), signal.Shape.Pixels, c * c));
                    return signal;
                case Nonlinearity nonlinearity: return Activation(Single(state), nonlinearity);
                case EqHead eq: return Eq(Single(state), eq.Pixel);
                case GlobalAveragePooling: return Pool(Single(state));
                case Flatten: return FlattenOf(Single(state));
                default: throw new Unsupported();
            }
        }

        private static Signal Single(State state) => state as Signal ?? throw new Unsupported();

        private int Entries(ImageShape shape) => full ? shape.Pixels * shape.Pixels : shape.Pixels;

        private int DiagonalEntry(ImageShape shape, int pixel) => full ? pixel * shape.Pixels + pixel : pixel;

        private Branches FanOutOf(Signal signal, int count)
        {
            var items = new List<State> { signal };
            for (int b = 1; b < count; b++)
            {
                int slot = Allocate();
                Steps.Add(new ImageStep.Copy(signal.Slot, slot, Entries(signal.Shape), signal.Shape.Pixels));
                items.Add(signal with { Slot = slot });
            }
            return new Branches(items);
        }

        private Signal Sum(State state)
        {
            if (state is not Branches branches) throw new Unsupported();
            var signals = branches.Items.Select(Single).ToList();
            var first = signals[0];
            if (signals.Any(s => s.Shape != first.Shape)) throw new Unsupported();
            foreach (var other in signals.Skip(1))
            {
                Steps.Add(new ImageStep.Add(other.Slot, first.Slot, Entries(first.Shape), first.Shape.Pixels));
                _free.Push(other.Slot);
            }
            return first;
        }

        private Signal Linear(Signal signal, int filter, double weight, double bias, bool trained)
        {
            var shape = signal.Shape;
            int d = shape.Pixels, entries = Entries(shape);
            var shifts = filter == 1 ? [] : shape.Shifts(filter);
            int count = Math.Max(shifts.Length, 1);
            int[]? sources = null, pixelSources = null;
            if (count > 1)
            {
                sources = new int[entries * count];
                pixelSources = new int[d * count];
                for (int e = 0; e < entries; e++)
                {
                    var (i, j) = full ? (e / d, e % d) : (e, e);
                    for (int a = 0; a < count; a++)
                        sources[e * count + a] = full ? shifts[a][i] * d + shifts[a][j] : shifts[a][i];
                }
                for (int i = 0; i < d; i++)
                    for (int a = 0; a < count; a++) pixelSources[i * count + a] = shifts[a][i];
            }
            Steps.Add(new ImageStep.Linear(signal.Slot, entries, d, count, sources, pixelSources, weight, bias, trained));
            return signal;
        }

        private Signal Activation(Signal signal, Nonlinearity layer)
        {
            var shape = signal.Shape;
            int d = shape.Pixels, entries = Entries(shape);
            var rows = new int[entries];
            var columns = new int[entries];
            for (int e = 0; e < entries; e++) (rows[e], columns[e]) = full ? (e / d, e % d) : (e, e);
            Steps.Add(new ImageStep.Nonlinear(signal.Slot, entries, d, rows, columns, layer.Activation, Activations++));
            return signal;
        }

        private Signal Eq(Signal signal, int pixel)
        {
            if (signal.Shape.Rank == 0) return signal;
            if (pixel < 0 || pixel >= signal.Shape.Pixels) throw new Unsupported();
            Steps.Add(new ImageStep.Select(signal.Slot, DiagonalEntry(signal.Shape, pixel), pixel));
            return signal with { Shape = ImageShape.Scalar };
        }

        private Signal Pool(Signal signal)
        {
            if (signal.Shape.Pixels == 1) return signal with { Shape = ImageShape.Scalar };
            if (!full) throw new Unsupported();
            Steps.Add(new ImageStep.Mean(signal.Slot, [.. Enumerable.Range(0, Entries(signal.Shape))], null));
            return signal with { Shape = ImageShape.Scalar };
        }

        private Signal FlattenOf(Signal signal)
        {
            int d = signal.Shape.Pixels;
            Steps.Add(new ImageStep.Mean(signal.Slot, [.. Enumerable.Range(0, d).Select(i => DiagonalEntry(signal.Shape, i))], [.. Enumerable.Range(0, d)]));
            return signal with { Shape = ImageShape.Scalar };
        }
    }
}
