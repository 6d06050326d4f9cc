using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The two-slope ReLU φ(z) = a·z for z &lt; 0 and b·z for z &gt; 0 (stax's ABRelu; leaky ReLU is a = slope, b = 1),
/// normalised to preserve the variance, c_φ = 2/(a² + b²) (He's rule; a = 0, b = 1 is <see cref="Relu"/> exactly, and
/// a = b is the identity). For (u, v) ~ N(0, [[p, c], [c, q]]), ρ = c/√(pq), writing φ(z) = a·z + (b − a)·relu(z) and
/// using E[u·relu(v)] = c/2: D = c_φ·[ab·c + ((b − a)²/2)·√(pq)·κ₁(ρ)] and Ḋ = c_φ·[ab + ((b − a)²/2)·κ₀(ρ)]
/// (κ₀, κ₁ of fc-resnet.md §1.1). On the diagonal D = p and Ḋ = 1. Price's identity ∂D/∂c = Ḋ holds.
/// </summary>
public sealed record AbRelu : ClosedFormActivation
{
    private readonly double _a, _b;

    /// <summary>φ with slope <paramref name="negativeSlope"/> below 0 and <paramref name="positiveSlope"/> above.</summary>
    /// <exception cref="ArgumentException">A slope is not a finite real constant, or both are 0.</exception>
    public AbRelu(Expr negativeSlope, Expr positiveSlope)
    {
        _a = ConstantValue(negativeSlope, nameof(negativeSlope));
        _b = ConstantValue(positiveSlope, nameof(positiveSlope));
        if (_a == 0 && _b == 0) throw new ArgumentException("abrelu needs a² + b² > 0 (φ ≡ 0 has no normalisation).", nameof(positiveSlope));
        (NegativeSlope, PositiveSlope) = (negativeSlope, positiveSlope);
    }

    /// <summary>The slope a for z &lt; 0.</summary>
    public Expr NegativeSlope { get; }

    /// <summary>The slope b for z &gt; 0.</summary>
    public Expr PositiveSlope { get; }

    /// <summary>Whether a = b, so φ(z) = a·z.</summary>
    public override bool IsLinear => ReferenceEquals(NegativeSlope, PositiveSlope);

    /// <inheritdoc/>
    public override string Spec => $"abrelu(a={ConstantText.Format(NegativeSlope)}, b={ConstantText.Format(PositiveSlope)})";

    /// <inheritdoc/>
    public override string Convention =>
        $"{Spec}: φ(z) = a·z (z < 0), b·z (z > 0), c = 2/(a² + b²): D = c·[ab·cov + ((b−a)²/2)√(pq)κ₁(ρ)], Ḋ = c·[ab + ((b−a)²/2)κ₀(ρ)]";

    /// <summary>(c_φ[ab·c + ((b − a)²/2)√(pq)κ₁(ρ)], c_φ[ab + ((b − a)²/2)κ₀(ρ)]), sharing ρ and κ₀.</summary>
    public override DualPair Duals(Expr cov, Expr var1, Expr var2)
    {
        var (a, b) = (NegativeSlope, PositiveSlope);
        var norm = 2 / (a.Pow(2) + b.Pow(2));
        var half = (b - a).Pow(2) / 2;
        var scale = GaussianPair.Scale(var1, var2);
        var rho = GaussianPair.Correlation(cov, scale);
        var kappa0 = ArcCosine.Kappa0(rho);
        var dual = norm * (a * b * cov + half * scale * ArcCosine.Kappa1(rho, kappa0));
        return new(dual, norm * (a * b + half * kappa0));
    }

    /// <summary>(p, 1) for variance p: variance preserving by the choice of c_φ.</summary>
    public override DualPair DiagonalDuals(Expr variance) => new(variance, Number.One);

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2)
    {
        double norm = 2 / (_a * _a + _b * _b), half = (_b - _a) * (_b - _a) / 2;
        double scale = GaussianPair.Scale(var1, var2);
        double rho = GaussianPair.Correlation(cov, scale);
        return new(norm * (_a * _b * cov + half * scale * ArcCosine.Kappa1(rho)), norm * (_a * _b + half * ArcCosine.Kappa0(rho)));
    }

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance) => new(variance, 1);

    private static double ConstantValue(Expr e, string name)
    {
        double v = e.IsConstant ? Evaluator.Evaluate(e, new Dictionary<Symbol, double>()) : double.NaN;
        return double.IsFinite(v) ? v : throw new ArgumentException($"A slope must be a finite real constant, got {e}.", name);
    }
}
