using Symbolic.Cli.Commands;
using Symbolic.Compilation;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using Symbolic.Core.Traversal;
using Symbolic.Kernels;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;
using Symbolic.Text;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// The kernel a step works on: an architecture (<c>arch</c>, with <c>kernel = "ntk"|"nngp"</c> and
/// <c>normalized</c>, default true) or an explicit expression in t (<c>expr</c>, e.g. a Laplace kernel
/// <c>exp(-sqrt(2*(1-t))/(2*pi))</c>). Gives the closed form, a compiled evaluator and the end-point data.
/// </summary>
/// <param name="Label">What the kernel is, for reports.</param>
/// <param name="ClosedForm">The closed form in <paramref name="Variable"/>, or null when the architecture has none.</param>
/// <param name="Variable">The variable t.</param>
/// <param name="Function">The kernel as a function of t (compiled closed form, or the numeric layer path).</param>
/// <param name="Derivation">The derivation when the kernel comes from an architecture.</param>
public sealed record KernelSource(string Label, Expr? ClosedForm, Symbol Variable, Func<double, double> Function, KernelDerivation? Derivation)
{
    /// <summary>Reads <c>arch</c>/<c>expr</c>, <c>kernel</c>, <c>normalized</c> from <paramref name="options"/>;
    /// <paramref name="arch"/> overrides the <c>arch</c> key (used by sweeps after substituting the depth).</summary>
    public static KernelSource From(TomlTable options, string? arch = null)
    {
        var kindWord = options.OptionalString("kernel") ?? "ntk";
        if (kindWord is not ("ntk" or "nngp")) throw new UserError($"{options.File}:{options.Line}: kernel must be \"ntk\" or \"nngp\"");
        var normalized = options.Boolean("normalized", true);
        var exprText = options.OptionalString("expr");
        arch ??= options.OptionalString("arch");
        if (exprText is not null && arch is null) return FromExpression(exprText, options);
        if (arch is null) throw new UserError($"{options.File}:{options.Line}: a step needs 'arch' or 'expr'");
        var (derivation, description) = KernelOptions.Derive(arch);
        var kind = kindWord == "ntk" ? KernelKind.Ntk : KernelKind.Nngp;
        var label = $"{(normalized ? "normalised " : "")}{kindWord.ToUpperInvariant()} of {description}";
        var closed = derivation.Kernel(kind, normalized);
        if (closed is not null)
        {
            var compiled = CompiledFunction.Create(closed, derivation.Variable);
            return new KernelSource(label, closed, derivation.Variable, t => compiled.Invoke(t), derivation);
        }
        if (derivation.HasClosedForm) throw new UserError($"{options.File}:{options.Line}: the {kindWord} of {arch} is identically 0");
        return new KernelSource(label, null, derivation.Variable, t => derivation.EvaluateNumeric(t).Select(kind, normalized), derivation);
    }

    private static KernelSource FromExpression(string text, TomlTable options)
    {
        var parsed = ExprParser.Parse(text);
        if (parsed.Value is null)
            throw new UserError($"{options.File}:{options.Line}: expr: {string.Join("; ", parsed.Diagnostics.Select(d => d.ToString()))}");
        var t = Symbol.Of("t");
        var others = DagWalk.Symbols(parsed.Value).FirstOrDefault(s => !ReferenceEquals(s, t));
        if (others is not null) throw new UserError($"{options.File}:{options.Line}: expr may use only the variable t, not '{others.Name}'");
        var compiled = CompiledFunction.Create(parsed.Value, t);
        return new KernelSource($"K(t) = {text}", parsed.Value, t, x => compiled.Invoke(x), null);
    }

    /// <summary>The Bietti–Bach end-point data (fc-resnet.md §3): the leading non-integer power ν of K(1 − u) and
    /// K(−1 + u) and its coefficients c₁, c₋₁ (exact), or null when neither end has one up to u³.</summary>
    public (Rational Nu, Expr C1, Expr CMinus1)? Singularity()
    {
        if (ClosedForm is null) return null;
        var bare = GaussianPair.WithoutGuards(ClosedForm);
        var order = Rational.Of(3) + Rational.Half;
        var plus = SeriesExpander.Expand(bare, Variable, ExpansionPoint.One, order);
        var minus = SeriesExpander.Expand(bare, Variable, ExpansionPoint.MinusOne, order);
        if (plus.Series is null) throw new UserError($"expansion of {Label} at t = 1 failed: {plus.Error}");
        if (minus.Series is null) throw new UserError($"expansion of {Label} at t = -1 failed: {minus.Error}");
        var p = plus.Series.SingularTerm;
        var m = minus.Series.SingularTerm;
        if (p is null && m is null) return null;
        var nu = p is null ? m!.Value.Power : m is null ? p.Value.Power : p.Value.Power < m.Value.Power ? p.Value.Power : m.Value.Power;
        return (nu, plus.Series.Coefficient(nu), minus.Series.Coefficient(nu));
    }

    /// <summary>Numeric value of an exact constant.</summary>
    public static double Value(Expr constant) => Evaluator.Evaluate(constant, new Dictionary<Symbol, double>());
}
