using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// An activation at finite width, with the normalisation of its kernel dual built in: the layer computes
/// h′ = √c_φ·φ(h) elementwise, so that (1/n)⟨h′(x), h′(z)⟩ estimates D = c_φ·E[φ(u)φ(v)] and the backward pass multiplies
/// by √c_φ·φ′(h), whose products estimate Ḋ = c_φ·E[φ′(u)φ′(v)] (fc-resnet.md §1.1, §1.3). The c_φ are those the kernel
/// layer states: relu and step 2, abrelu(a, b) 2/(a² + b²), erf, identity and expression activations 1.
/// </summary>
internal sealed class PointwiseFunction
{
    private enum Shape { Relu, TwoSlope, Step, Erf, Linear, Expression }

    private static readonly double s_twoOverSqrtPi = 2 / Math.Sqrt(Math.PI);

    private readonly Shape _shape;
    private readonly double _negativeSlope, _positiveSlope;
    private readonly UnaryEvaluator? _function, _derivative;

    private PointwiseFunction(Shape shape, double gain, double negativeSlope = 0, double positiveSlope = 1,
        UnaryEvaluator? function = null, UnaryEvaluator? derivative = null)
    {
        (_shape, Gain, _negativeSlope, _positiveSlope, _function, _derivative) = (shape, gain, negativeSlope, positiveSlope, function, derivative);
    }

    /// <summary>√c_φ.</summary>
    public double Gain { get; }

    /// <summary>The finite-width form of <paramref name="activation"/>, or null with the reason it has none.</summary>
    public static PointwiseFunction? TryCreate(Activation activation, out string? error)
    {
        error = null;
        switch (activation)
        {
            case Relu: return new(Shape.Relu, Math.Sqrt(2));
            case Step: return new(Shape.Step, Math.Sqrt(2));
            case Erf: return new(Shape.Erf, 1);
            case IdentityActivation: return new(Shape.Linear, 1);
            case AbRelu ab:
                double a = Constant(ab.NegativeSlope), b = Constant(ab.PositiveSlope);
                return new(Shape.TwoSlope, Math.Sqrt(2 / (a * a + b * b)), a, b);
            case NumericActivation numeric:
                return new(Shape.Expression, 1, function: new UnaryEvaluator(numeric.Function, numeric.Variable),
                           derivative: new UnaryEvaluator(numeric.Derivative, numeric.Variable));
            default:
                error = $"activation {activation.Spec} has no finite-width form in the Monte Carlo sampler";
                return null;
        }
    }

    /// <summary>output = √c_φ·φ(input), elementwise.</summary>
    public void Apply(ReadOnlySpan<double> input, Span<double> output)
    {
        double g = Gain;
        switch (_shape)
        {
            case Shape.Relu: for (int i = 0; i < input.Length; i++) output[i] = input[i] > 0 ? g * input[i] : 0; break;
            case Shape.Step: for (int i = 0; i < input.Length; i++) output[i] = input[i] > 0 ? g : 0; break;
            case Shape.Erf: for (int i = 0; i < input.Length; i++) output[i] = SpecialFunctions.Erf(input[i]); break;
            case Shape.Linear: input.CopyTo(output); break;
            case Shape.TwoSlope:
                for (int i = 0; i < input.Length; i++) output[i] = g * input[i] * (input[i] < 0 ? _negativeSlope : _positiveSlope);
                break;
            default:
                _function!.Evaluate(input, output);
                break;
        }
    }

    /// <summary>output = √c_φ·φ′(input), elementwise (φ′ = 0 almost everywhere for the step, so no gradient passes).</summary>
    public void Derivative(ReadOnlySpan<double> input, Span<double> output)
    {
        double g = Gain;
        switch (_shape)
        {
            case Shape.Relu: for (int i = 0; i < input.Length; i++) output[i] = input[i] > 0 ? g : 0; break;
            case Shape.Step: output.Clear(); break;
            case Shape.Erf: for (int i = 0; i < input.Length; i++) output[i] = s_twoOverSqrtPi * Math.Exp(-input[i] * input[i]); break;
            case Shape.Linear: output.Fill(1); break;
            case Shape.TwoSlope: for (int i = 0; i < input.Length; i++) output[i] = g * (input[i] < 0 ? _negativeSlope : _positiveSlope); break;
            default:
                _derivative!.Evaluate(input, output);
                break;
        }
    }

    private static double Constant(Expr e) => Evaluator.Evaluate(e, new Dictionary<Symbol, double>());
}
