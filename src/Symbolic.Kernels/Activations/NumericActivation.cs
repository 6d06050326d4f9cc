using Symbolic.Core.Calculus;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// An activation given only as an expression φ(z) of one symbol: no closed-form dual, so D = E[φ(u)φ(v)] and
/// Ḋ = E[φ′(u)φ′(v)] (c_φ = 1; φ′ by symbolic differentiation) are computed by tensor Gauss–Hermite quadrature on the
/// correlated pair u = √a·x, v = √b·(ρx + √(1 − ρ²)·y) with x, y ~ N(0, 1) independent. Each value is computed with n
/// and 2n nodes per axis (n = 64 by default); the 2n value is returned and |Qₙ − Q₂ₙ| is reported as its error estimate
/// (it estimates the error of Qₙ, so it is conservative for Q₂ₙ when φ is smooth and the error decays geometrically;
/// kinks such as |z| or max(z, 0) converge only algebraically, and the estimate shows it).
/// </summary>
public sealed record NumericActivation : Activation
{
    private readonly UnaryProgram _phi, _derivative;

    /// <summary>φ = <paramref name="function"/> of <paramref name="variable"/>, shown as <paramref name="name"/>, with
    /// <paramref name="nodes"/> quadrature nodes per axis (and twice that for the error estimate).</summary>
    /// <exception cref="ArgumentException">The function has another free symbol, or nodes is outside [2, 75].</exception>
    public NumericActivation(Expr function, Symbol variable, string name, int nodes = 64)
    {
        var others = DagWalk.Symbols(function).Where(s => !ReferenceEquals(s, variable)).Select(s => s.Name).ToList();
        if (others.Count > 0) throw new ArgumentException($"φ may depend only on '{variable.Name}', not on {string.Join(", ", others)}.", nameof(function));
        if (nodes < 2 || 2 * nodes > GaussHermite.MaxNodes) throw new ArgumentException($"nodes must be in [2, {GaussHermite.MaxNodes / 2}], got {nodes}.", nameof(nodes));
        (Function, Variable, Name, Nodes) = (function, variable, name, nodes);
        Derivative = function.Differentiate(variable);
        _phi = new UnaryProgram(function, variable);
        _derivative = new UnaryProgram(Derivative, variable);
    }

    /// <summary>φ(z).</summary>
    public Expr Function { get; }

    /// <summary>φ′(z), by symbolic differentiation.</summary>
    public Expr Derivative { get; }

    /// <summary>The variable z.</summary>
    public Symbol Variable { get; }

    /// <summary>The display and spec name, e.g. <c>tanh</c>.</summary>
    public string Name { get; }

    /// <summary>Nodes per axis of the base rule n (the estimate uses 2n).</summary>
    public int Nodes { get; }

    /// <inheritdoc/>
    public override string Spec => Name;

    /// <inheritdoc/>
    public override bool HasClosedForm => false;

    /// <inheritdoc/>
    public override string Convention =>
        $"{Name}, c = 1: no closed form; D = E[φ(u)φ(v)], Ḋ = E[φ′(u)φ′(v)] by Gauss–Hermite quadrature, {2 * Nodes}² nodes, error |Q{Nodes} − Q{2 * Nodes}|";

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2)
    {
        var (dual1, derivative1) = Quadrature(Nodes, cov, var1, var2);
        var (dual2, derivative2) = Quadrature(2 * Nodes, cov, var1, var2);
        return new(dual2, derivative2, Math.Abs(dual2 - dual1), Math.Abs(derivative2 - derivative1));
    }

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance)
    {
        var (dual1, derivative1) = Diagonal(Nodes, variance);
        var (dual2, derivative2) = Diagonal(2 * Nodes, variance);
        return new(dual2, derivative2, Math.Abs(dual2 - dual1), Math.Abs(derivative2 - derivative1));
    }

    /// <summary>Value equality on (φ, z, name, nodes); φ is compared by reference, which interning makes structural.</summary>
    public bool Equals(NumericActivation? other) =>
        other is not null && ReferenceEquals(Function, other.Function) && ReferenceEquals(Variable, other.Variable)
        && Name == other.Name && Nodes == other.Nodes;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Function, Variable, Name, Nodes);

    private (double Dual, double DerivativeDual) Quadrature(int n, double cov, double var1, double var2)
    {
        var rule = GaussHermite.Of(n);
        double su = Math.Sqrt(var1), sv = Math.Sqrt(var2);
        double rho = GaussianPair.Correlation(cov, GaussianPair.Scale(var1, var2));
        double orthogonal = Math.Sqrt(Math.Max(0, 1 - rho * rho));
        var u = new double[n];
        var v = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            u[i] = su * rule.Nodes[i];
            for (int j = 0; j < n; j++) v[i * n + j] = sv * (rho * rule.Nodes[i] + orthogonal * rule.Nodes[j]);
        }
        var (phiU, phiV, dU, dV) = (new double[n], new double[n * n], new double[n], new double[n * n]);
        _phi.Evaluate(u, phiU);
        _phi.Evaluate(v, phiV);
        _derivative.Evaluate(u, dU);
        _derivative.Evaluate(v, dV);
        double dual = 0, derivative = 0;
        for (int i = 0; i < n; i++)
        {
            double innerPhi = 0, innerD = 0;
            for (int j = 0; j < n; j++)
            {
                innerPhi += rule.Weights[j] * phiV[i * n + j];
                innerD += rule.Weights[j] * dV[i * n + j];
            }
            dual += rule.Weights[i] * phiU[i] * innerPhi;
            derivative += rule.Weights[i] * dU[i] * innerD;
        }
        return (dual, derivative);
    }

    private (double Dual, double DerivativeDual) Diagonal(int n, double variance)
    {
        var rule = GaussHermite.Of(n);
        var u = rule.Nodes.Select(x => Math.Sqrt(variance) * x).ToArray();
        var (phi, d) = (new double[n], new double[n]);
        _phi.Evaluate(u, phi);
        _derivative.Evaluate(u, d);
        double dual = 0, derivative = 0;
        for (int i = 0; i < n; i++)
        {
            dual += rule.Weights[i] * phi[i] * phi[i];
            derivative += rule.Weights[i] * d[i] * d[i];
        }
        return (dual, derivative);
    }
}
